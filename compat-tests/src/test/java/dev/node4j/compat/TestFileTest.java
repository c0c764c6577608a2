package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestFileTest {

    @Test
    void readsCommaSeparatedNames() {
        assertThat(TestFile.parseCovers("// covers: fs.readFile, fs.promises.readFile\n'use strict';\n"))
                .containsExactly("fs.readFile", "fs.promises.readFile");
    }

    @Test
    void severalCoversLinesAddUpWithoutDuplicates() {
        String src = """
                // covers: Buffer.prototype.indexOf,Buffer.prototype.lastIndexOf
                // Some prose about the test.
                //   covers:   path.posix.join  Buffer.prototype.indexOf
                'use strict';
                """;
        assertThat(TestFile.parseCovers(src))
                .containsExactly("Buffer.prototype.indexOf", "Buffer.prototype.lastIndexOf", "path.posix.join");
    }

    @Test
    void headerMayFollowShebangUseStrictAndBlockComment() {
        String src = "#!/usr/bin/env node\n'use strict';\n/* licence\n * text\n */\n\n// covers: os.EOL\nconst os = 1;\n";
        assertThat(TestFile.parseCovers(src)).containsExactly("os.EOL");
    }

    @Test
    void stopsAtTheFirstLineOfCode() {
        String src = "'use strict';\nconst x = require('x');\n// covers: fs.readFile\n";
        assertThat(TestFile.parseCovers(src)).isEmpty();
    }

    @Test
    void fileWithoutHeaderCoversNothing() {
        assertThat(TestFile.parseCovers("require('assert').ok(true);\n")).isEmpty();
        assertThat(TestFile.parseCovers("")).isEmpty();
    }

    @Test
    void handlesWindowsLineEndings() {
        assertThat(TestFile.parseCovers("// covers: a.b, c.d\r\n'use strict';\r\n")).containsExactly("a.b", "c.d");
    }

    @Test
    void loadGivesForwardSlashPathRelativeToSuite(@TempDir Path root) throws Exception {
        Path f = Files.createDirectories(root.resolve("path")).resolve("test-x.js");
        Files.writeString(f, "// covers: path.join\n");
        TestFile t = TestFile.load(root, f, "path");
        assertThat(t.file()).isEqualTo("path/test-x.js");
        assertThat(t.module()).isEqualTo("path");
        assertThat(t.covers()).containsExactly("path.join");
        assertThat(t.path()).isEqualTo(f);
    }
}
