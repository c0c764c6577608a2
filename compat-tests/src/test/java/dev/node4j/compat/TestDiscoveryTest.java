package dev.node4j.compat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDiscoveryTest {

    private static void touch(Path root, String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "// covers: x.y\n");
    }

    @Test
    void findsTestsPerModuleAndSkipsHelperFolders(@TempDir Path root) throws IOException {
        touch(root, "path/test-b.js");
        touch(root, "path/test-a.js");
        touch(root, "path/helper.js");
        touch(root, "path/fixtures/test-not-a-test.js");
        touch(root, "fs/sub/test-deep.mjs");
        touch(root, "common/test-helper.js");
        touch(root, "fixtures/test-data.js");
        touch(root, "results/test-x.js");

        List<TestFile> tests = TestDiscovery.compatSuite(root, null);
        assertThat(tests).extracting(TestFile::file)
                .containsExactly("fs/sub/test-deep.mjs", "path/test-a.js", "path/test-b.js");
        assertThat(tests).extracting(TestFile::module).containsExactly("fs", "path", "path");
    }

    @Test
    void filterMatchesOnRelativePath(@TempDir Path root) throws IOException {
        touch(root, "path/test-join.js");
        touch(root, "path/test-parse.js");
        touch(root, "fs/test-join-like.js");
        assertThat(TestDiscovery.compatSuite(root, "path/test-j")).extracting(TestFile::file)
                .containsExactly("path/test-join.js");
    }

    @Test
    void nodeTestsGoToTheLongestMatchingModule(@TempDir Path root) throws IOException {
        touch(root, "test/common/index.js");
        touch(root, "test/parallel/test-http.js");
        touch(root, "test/parallel/test-http-agent.js");
        touch(root, "test/parallel/test-https-agent.js");
        touch(root, "test/parallel/test-http2-ping.js");
        touch(root, "test/parallel/test-fs-promises-file.js");
        touch(root, "test/parallel/test-fs-read.js");
        touch(root, "test/parallel/test-fsevents.js");
        List<TestFile> tests = TestDiscovery.nodeParallel(root, List.of("http", "fs", "fs-promises"), null);
        assertThat(tests).extracting(t -> t.module() + ":" + t.file()).containsExactly(
                "fs-promises:test/parallel/test-fs-promises-file.js",
                "fs:test/parallel/test-fs-read.js",
                "http:test/parallel/test-http-agent.js",
                "http:test/parallel/test-http.js");
    }

    @Test
    void nodeTestsNeedACheckout(@TempDir Path root) {
        assertThatThrownBy(() -> TestDiscovery.nodeParallel(root, List.of("fs"), null))
                .isInstanceOf(IOException.class).hasMessageContaining("test/parallel");
    }
}
