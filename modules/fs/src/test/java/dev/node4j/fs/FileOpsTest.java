package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOpsTest {
    private static final int W = FileOps.O_WRONLY | FileOps.O_CREAT | FileOps.O_TRUNC;
    private static final int A = FileOps.O_WRONLY | FileOps.O_CREAT | FileOps.O_APPEND;

    @TempDir
    Path dir;

    private final FileOps ops = new FileOps(new FdTable());

    private static String text(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void writesReadsAndPositions() throws Exception {
        Path f = dir.resolve("a.txt");
        int fd = ops.open(f, "a.txt", FileOps.O_RDWR | FileOps.O_CREAT, 0644);
        byte[] data = "hello world".getBytes(StandardCharsets.UTF_8);
        assertThat(ops.write(fd, data, 0, data.length, -1)).isEqualTo(11);
        assertThat(text(ops.read(fd, 5, 6))).isEqualTo("world");
        assertThat(text(ops.read(fd, 100, 0))).isEqualTo("hello world");
        assertThat(ops.read(fd, 4, 100).remaining()).isZero();
        ops.fds().close(fd);
        assertThat(Files.readString(f)).isEqualTo("hello world");
    }

    @Test
    void readIntoFillsFromItsPositionAndCountsBytes() throws Exception {
        Path f = Files.writeString(dir.resolve("r"), "0123456789");
        int fd = ops.open(f, "r", 0, 0);
        ByteBuffer b = ByteBuffer.allocateDirect(4);
        assertThat(ops.readInto(fd, b, 3)).isEqualTo(4);
        b.flip();
        assertThat(text(b)).isEqualTo("3456");
        assertThat(ops.readInto(fd, b.clear(), 8)).isEqualTo(2);
        assertThat(ops.readInto(fd, b.clear(), -1)).isEqualTo(4);   // current position: 0
        b.flip();
        assertThat(text(b)).isEqualTo("0123");
        ops.fds().close(fd);
    }

    @Test
    void appendIgnoresThePosition() throws Exception {
        Path f = dir.resolve("log");
        ops.writeFile(f, "log", W, 0666, "abc".getBytes(StandardCharsets.UTF_8));
        int fd = ops.open(f, "log", A, 0666);
        ops.write(fd, new byte[] {'!'}, 0, 1, 0);
        ops.fds().close(fd);
        assertThat(Files.readString(f)).isEqualTo("abc!");
    }

    @Test
    void exclusiveCreateAndWrongModeErrors() throws Exception {
        Path f = Files.writeString(dir.resolve("x"), "x");
        assertThatThrownBy(() -> ops.open(f, "x", W | FileOps.O_EXCL, 0666))
                .isInstanceOfSatisfying(FsException.class, e -> {
                    assertThat(e.code()).isEqualTo("EEXIST");
                    assertThat(e.syscall()).isEqualTo("open");
                    assertThat(e.path()).isEqualTo("x");
                });
        int fd = ops.open(f, "x", FileOps.O_WRONLY, 0);
        assertThatThrownBy(() -> ops.read(fd, 1, 0))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.code()).isEqualTo("EBADF"));
        assertThatThrownBy(() -> ops.open(dir, "d", W, 0666))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.code()).isEqualTo("EISDIR"));
        assertThatThrownBy(() -> ops.readFile(dir, "d", 0))
                .isInstanceOfSatisfying(FsException.class, e -> {
                    assertThat(e.code()).isEqualTo("EISDIR");
                    assertThat(e.syscall()).isEqualTo("read");
                });
    }

    @Test
    void truncateShrinksAndExtendsWithZeros() throws Exception {
        Path f = Files.writeString(dir.resolve("t"), "abcdef");
        ops.truncate(f, "t", 3);
        assertThat(Files.readString(f)).isEqualTo("abc");
        ops.truncate(f, "t", 5);
        assertThat(Files.readAllBytes(f)).containsExactly('a', 'b', 'c', 0, 0);
        assertThatThrownBy(() -> ops.truncate(dir.resolve("none"), "none", 1))
                .isInstanceOfSatisfying(FsException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENOENT");
                    assertThat(e.syscall()).isEqualTo("open");
                });
    }

    @Test
    void readFileReadsLargeFilesWhole() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i % 251);
        Path f = dir.resolve("big");
        ops.writeFile(f, "big", W, 0666, big);
        ByteBuffer b = ops.readFile(f, "big", 0);
        byte[] got = new byte[b.remaining()];
        b.get(got);
        assertThat(got).isEqualTo(big);
        assertThat(ops.fds().size()).isZero();
    }

    @Test
    void newFilesGetTheRequestedMode() throws Exception {
        Path f = dir.resolve("m");
        ops.writeFile(f, "m", W, 0600, new byte[0]);
        assertThat(((Number) Files.getAttribute(f, "unix:mode")).intValue() & 0777).isEqualTo(0600);
    }
}
