package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsErrorsTest {
    @TempDir
    Path dir;

    @Test
    void mapsNioExceptionClasses() {
        assertThat(FsErrors.code(new NoSuchFileException("/x"))).isEqualTo("ENOENT");
        assertThat(FsErrors.code(new FileAlreadyExistsException("/x"))).isEqualTo("EEXIST");
        assertThat(FsErrors.code(new AccessDeniedException("/x"))).isEqualTo("EACCES");
        assertThat(FsErrors.code(new DirectoryNotEmptyException("/x"))).isEqualTo("ENOTEMPTY");
        assertThat(FsErrors.code(new NotDirectoryException("/x"))).isEqualTo("ENOTDIR");
        assertThat(FsErrors.code(new NotLinkException("/x"))).isEqualTo("EINVAL");
        assertThat(FsErrors.code(new FileSystemLoopException("/x"))).isEqualTo("ELOOP");
        assertThat(FsErrors.code(new NonReadableChannelException())).isEqualTo("EBADF");
        assertThat(FsErrors.code(new NonWritableChannelException())).isEqualTo("EBADF");
        assertThat(FsErrors.code(new ClosedChannelException())).isEqualTo("EBADF");
    }

    @Test
    void mapsStrerrorReasons() {
        assertThat(FsErrors.code(new FileSystemException("/x", null, "Is a directory"))).isEqualTo("EISDIR");
        assertThat(FsErrors.code(new FileSystemException("/x", null, "Not a directory"))).isEqualTo("ENOTDIR");
        assertThat(FsErrors.code(new FileSystemException("/x", null, "Too many levels of symbolic links")))
                .isEqualTo("ELOOP");
        assertThat(FsErrors.code(new AccessDeniedException("/x", null, "Operation not permitted")))
                .isEqualTo("EPERM");
        assertThat(FsErrors.code(new IOException("Is a directory"))).isEqualTo("EISDIR");
        assertThat(FsErrors.code(new IOException("something else"))).isEqualTo("EIO");
    }

    @Test
    void realFailuresFromTheFileSystem() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(codeOf(() -> Files.readAllBytes(dir.resolve("missing")))).isEqualTo("ENOENT");
        assertThat(codeOf(() -> Files.createDirectory(file))).isEqualTo("EEXIST");
        assertThat(codeOf(() -> Files.readAllBytes(file.resolve("child")))).isEqualTo("ENOTDIR");
        assertThat(codeOf(() -> Files.readSymbolicLink(file))).isEqualTo("EINVAL");
    }

    @Test
    void wrapKeepsPathsAndSyscall() {
        FsException e = FsErrors.wrap(new NoSuchFileException("/a"), "rename", "/a", "/b");
        assertThat(e.code()).isEqualTo("ENOENT");
        assertThat(e.syscall()).isEqualTo("rename");
        assertThat(e.path()).isEqualTo("/a");
        assertThat(e.dest()).isEqualTo("/b");
        assertThat(FsErrors.wrap(e, "other", null, null)).isSameAs(e);
    }

    interface Io {
        Object run() throws Exception;
    }

    private static String codeOf(Io io) {
        try {
            io.run();
            return null;
        } catch (Exception e) {
            return FsErrors.code(e);
        }
    }
}
