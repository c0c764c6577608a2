package dev.node4j.fs.glob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk's results and their order, as Node 25.8.1 gives them for the same tree. */
class GlobWalkerTest {
    @TempDir
    Path dir;
    private String root;

    /** lstat/readdir straight on NIO, children in byte order (libuv's scandir sort). */
    private final GlobWalker.Fs fs = new GlobWalker.Fs() {
        @Override
        public Integer lstatType(String path) {
            Path p = Path.of(path);
            if (Files.isSymbolicLink(p)) return GlobWalker.LINK;
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return GlobWalker.DIR;
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? 1 : null;
        }

        @Override
        public List<Map.Entry<String, Integer>> readdir(String path) throws IOException {
            List<Map.Entry<String, Integer>> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(path))) {
                for (Path e : ds) out.add(new AbstractMap.SimpleEntry<>(e.getFileName().toString(), lstatType(e.toString())));
            }
            out.sort((a, b) -> Arrays.compareUnsigned(a.getKey().getBytes(StandardCharsets.UTF_8),
                    b.getKey().getBytes(StandardCharsets.UTF_8)));
            return out;
        }
    };

    @BeforeEach
    void tree() throws IOException {
        for (String f : List.of("z.js", "a.js", "B.js", ".hid.js", "c.txt", "lib/d.js", "lib/deep/e.js",
                "lib/deep/f.md", ".git/x.js", "lib/.dot/g.js", "x/y/w.js", "ab/ac.js")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        Files.createSymbolicLink(dir.resolve("linklib"), Path.of("lib"));
        root = dir.toString();
    }

    private List<Object> glob(String pattern, List<String> exclude, GlobWalker.ExcludeFn fn) throws IOException {
        return new GlobWalker(fs, "/", List.of(pattern), root, exclude, fn, false, true).all();
    }

    private List<Object> glob(String pattern) throws IOException {
        return glob(pattern, List.of(), null);
    }

    @Test
    void filesOfOneDirectoryInByteOrder() throws IOException {
        assertThat(glob("*.js")).containsExactly("B.js", "a.js", "z.js");
        assertThat(glob("*")).containsExactly("B.js", "a.js", "ab", "c.txt", "lib", "linklib", "x", "z.js");
        assertThat(glob(".*")).containsExactly(".git", ".hid.js");
    }

    @Test
    void globstarWalksDepthFirstLastDirectoryFirstAndSkipsDotsAndLinks() throws IOException {
        assertThat(glob("**")).containsExactly(".", "B.js", "a.js", "c.txt", "linklib", "z.js", "x", "x/y",
                "x/y/w.js", "lib", "lib/d.js", "lib/deep", "lib/deep/e.js", "lib/deep/f.md", "ab", "ab/ac.js");
        assertThat(glob("**/*.js")).containsExactly("B.js", "a.js", "z.js", "x/y/w.js", "lib/d.js",
                "lib/deep/e.js", "ab/ac.js");
        assertThat(glob("**/.*")).containsExactly(".git", ".hid.js", "lib/.dot");
        assertThat(glob("**/")).containsExactly(".", "x", "x/y", "lib", "lib/deep", "ab");
    }

    @Test
    void literalsBracesParentsAndAbsolutePatterns() throws IOException {
        assertThat(glob("lib/*/*.{md,js}")).containsExactly("lib/deep/f.md", "lib/deep/e.js");
        assertThat(glob("lib/")).containsExactly("lib");
        assertThat(glob("nope/*")).isEmpty();
        assertThat(glob("lib/../*.txt")).containsExactly("c.txt");
        assertThat(glob("linklib/**")).containsExactly("linklib", "linklib/d.js", "linklib/deep",
                "linklib/deep/e.js", "linklib/deep/f.md");
        assertThat(glob(root + "/*.txt")).containsExactly(root + "/c.txt");
    }

    @Test
    void excludeGlobsAndFunctions() throws IOException {
        assertThat(glob("**/*.js", List.of("lib/**"), null)).containsExactly("B.js", "a.js", "z.js", "x/y/w.js",
                "ab/ac.js");
        assertThat(glob("**/*.js", List.of("**/deep/"), null)).containsExactly("B.js", "a.js", "z.js",
                "x/y/w.js", "lib/d.js", "ab/ac.js");
        List<String> asked = new ArrayList<>();
        List<Object> r = glob("**/*.js", List.of(), (p, e) -> {
            asked.add(p);
            return p.equals("deep") || p.equals("x");
        });
        assertThat(r).containsExactly("B.js", "a.js", "z.js", "lib/d.js", "ab/ac.js");
        assertThat(asked).contains("B.js", "lib", "deep");
    }

    @Test
    void stepsReportEachResultOnceAndEntriesWhenAsync() throws IOException {
        GlobWalker w = new GlobWalker(fs, "/", List.of("lib/**", "lib/*"), root, List.of(), null, true, false);
        List<String> names = new ArrayList<>();
        while (!w.done()) {
            for (Object o : w.step()) {
                GlobWalker.Entry e = (GlobWalker.Entry) o;
                names.add(e.name() + (e.fromStats() ? "*" : "") + "@" + e.parentPath().replace(root, "R"));
            }
        }
        assertThat(names).containsExactly("lib*@R", "d.js@R/lib", "deep@R/lib", "e.js@R/lib/deep",
                "f.md@R/lib/deep");
    }
}
