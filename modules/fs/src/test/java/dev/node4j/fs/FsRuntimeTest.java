package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.node4j.core.NodeRuntime;

/** The facade over the binding, run through the embedding API (no Buffer needed). */
class FsRuntimeTest {
    @TempDir
    Path dir;

    private String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            assertThat(exit).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void syncCallbackAndPromiseFacesAgree() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "héllo");
        String js = """
            const fs = require('fs');
            const f = %s;
            const out = (s) => fs.writeSync(1, s + '\\n');
            out(fs.readFileSync(f, 'utf8'));
            out(String(fs.statSync(f).size) + ' ' + fs.statSync(f).isFile());
            fs.readFile(f, 'utf8', (err, s) => out('cb ' + err + ' ' + s));
            require('fs/promises').stat(f).then((s) => out('p ' + s.size));
            out(String(fs.promises === require('fs/promises')));
            """.formatted(jsString(f.toString()));
        assertThat(run(js).lines()).containsExactlyInAnyOrder("héllo", "6 true", "true", "cb null héllo", "p 6");
    }

    @Test
    void errorsHaveNodesShapeOnEveryFace() {
        String missing = dir.resolve("missing").toString();
        String js = """
            const fs = require('fs');
            const out = (s) => fs.writeSync(1, s + '\\n');
            const show = (e) => [e.message, e.code, e.errno, e.syscall, e.path].join('|');
            try { fs.openSync(%1$s, 'r'); } catch (e) { out('sync ' + show(e)); }
            fs.open(%1$s, 'r', (e) => out('cb ' + show(e)));
            fs.promises.open(%1$s, 'r').catch((e) => out('p ' + show(e)));
            """.formatted(jsString(missing));
        String expected = "ENOENT: no such file or directory, open '" + missing + "'|ENOENT|-2|open|" + missing;
        assertThat(run(js).lines()).containsExactlyInAnyOrder("sync " + expected, "cb " + expected, "p " + expected);
    }

    @Test
    void descriptorsStartAtThreeAndStdoutIsFdOne() throws Exception {
        Path f = Files.writeString(dir.resolve("b.txt"), "x");
        String js = """
            const fs = require('fs');
            const a = fs.openSync(%1$s, 'r');
            const b = fs.openSync(%1$s, 'r');
            fs.closeSync(a);
            const c = fs.openSync(%1$s, 'r');
            fs.writeSync(1, [a, b, c].join(',') + '\\n');
            fs.closeSync(b); fs.closeSync(c);
            """.formatted(jsString(f.toString()));
        assertThat(run(js)).isEqualTo("3,4,3\n");
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
