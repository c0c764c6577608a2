package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class FsErrorsTest {
    @Test
    void wrapKeepsPathsAndSyscall() {
        FsException e = FsErrors.wrap(new NoSuchFileException("/a"), "rename", "/a", "/b");
        assertThat(e.code()).isEqualTo("ENOENT");
        assertThat(e.syscall()).isEqualTo("rename");
        assertThat(e.path()).isEqualTo("/a");
        assertThat(e.dest()).isEqualTo("/b");
        assertThat(FsErrors.wrap(e, "other", null, null)).isSameAs(e);
    }

    @Test
    void wrapTakesTheErrnoFromTheReason() {
        assertThat(FsErrors.wrap(new FileSystemException("/d", null, "Is a directory"), "open", "/d", null).code())
                .isEqualTo("EISDIR");
    }
}
