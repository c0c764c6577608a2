package dev.node4j.core;

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

class ErrnoTest {
    @TempDir
    Path dir;

    @Test
    void mapsNioExceptionClasses() {
        assertThat(Errno.of(new NoSuchFileException("/x"))).isEqualTo(Errno.ENOENT);
        assertThat(Errno.of(new FileAlreadyExistsException("/x"))).isEqualTo(Errno.EEXIST);
        assertThat(Errno.of(new AccessDeniedException("/x"))).isEqualTo(Errno.EACCES);
        assertThat(Errno.of(new DirectoryNotEmptyException("/x"))).isEqualTo(Errno.ENOTEMPTY);
        assertThat(Errno.of(new NotDirectoryException("/x"))).isEqualTo(Errno.ENOTDIR);
        assertThat(Errno.of(new NotLinkException("/x"))).isEqualTo(Errno.EINVAL);
        assertThat(Errno.of(new FileSystemLoopException("/x"))).isEqualTo(Errno.ELOOP);
        assertThat(Errno.of(new NonReadableChannelException())).isEqualTo(Errno.EBADF);
        assertThat(Errno.of(new NonWritableChannelException())).isEqualTo(Errno.EBADF);
        assertThat(Errno.of(new ClosedChannelException())).isEqualTo(Errno.EBADF);
        assertThat(Errno.of(new SecurityException("no"))).isEqualTo(Errno.EPERM);
    }

    @Test
    void mapsStrerrorReasons() {
        assertThat(Errno.of(new FileSystemException("/x", null, "Is a directory"))).isEqualTo(Errno.EISDIR);
        assertThat(Errno.of(new FileSystemException("/x", null, "Not a directory"))).isEqualTo(Errno.ENOTDIR);
        assertThat(Errno.of(new FileSystemException("/x", null,
                "Too many levels of symbolic links or unable to access attributes of symbolic link")))
                .isEqualTo(Errno.ELOOP);
        assertThat(Errno.of(new FileSystemException("/x", null, "Operation not permitted"))).isEqualTo(Errno.EPERM);
        assertThat(Errno.of(new FileSystemException("/x", null, "Read-only file system"))).isEqualTo(Errno.EROFS);
        assertThat(Errno.of(new FileSystemException("/x", null, "No space left on device"))).isEqualTo(Errno.ENOSPC);
        assertThat(Errno.of(new FileSystemException("/x", null, "Too many open files"))).isEqualTo(Errno.EMFILE);
        assertThat(Errno.of(new FileSystemException("/x", null, "Too many links"))).isEqualTo(Errno.EMLINK);
        assertThat(Errno.of(new FileSystemException("/x", null, "Operation not supported"))).isEqualTo(Errno.ENOTSUP);
        assertThat(Errno.of(new AccessDeniedException("/x", null, "Operation not permitted"))).isEqualTo(Errno.EPERM);
        assertThat(Errno.of(new IOException("Is a directory"))).isEqualTo(Errno.EISDIR);
        assertThat(Errno.of(new IOException("something else"))).isEqualTo(Errno.EIO);
        assertThat(Errno.of(new IOException((String) null))).isEqualTo(Errno.EIO);
    }

    @Test
    void realFailuresFromTheFileSystem() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(errnoOf(() -> Files.readAllBytes(dir.resolve("missing")))).isEqualTo(Errno.ENOENT);
        assertThat(errnoOf(() -> Files.createDirectory(file))).isEqualTo(Errno.EEXIST);
        assertThat(errnoOf(() -> Files.readAllBytes(file.resolve("child")))).isEqualTo(Errno.ENOTDIR);
        assertThat(errnoOf(() -> Files.readSymbolicLink(file))).isEqualTo(Errno.EINVAL);
        assertThat(errnoOf(() -> Files.readAllBytes(dir))).isEqualTo(Errno.EISDIR);
    }

    @Test
    void numbersAreLinuxErrnos() {
        assertThat(Errno.EPERM.number()).isEqualTo(1);
        assertThat(Errno.ENOENT.number()).isEqualTo(2);
        assertThat(Errno.EIO.number()).isEqualTo(5);
        assertThat(Errno.EACCES.number()).isEqualTo(13);
        assertThat(Errno.ENOTDIR.number()).isEqualTo(20);
        assertThat(Errno.EISDIR.number()).isEqualTo(21);
        assertThat(Errno.ENOSPC.number()).isEqualTo(28);
        assertThat(Errno.EROFS.number()).isEqualTo(30);
        assertThat(Errno.ENOTSUP.number()).isEqualTo(95);
    }

    interface Io {
        Object run() throws Exception;
    }

    private static Errno errnoOf(Io io) {
        try {
            io.run();
            return null;
        } catch (Exception e) {
            return Errno.of(e);
        }
    }
}
