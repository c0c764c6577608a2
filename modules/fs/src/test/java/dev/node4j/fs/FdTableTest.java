package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FdTableTest {
    @TempDir
    Path dir;

    private FdTable.OpenFile file(String name) throws Exception {
        Path p = Files.writeString(dir.resolve(name), name);
        return new FdTable.OpenFile(FileChannel.open(p, StandardOpenOption.READ), p, false);
    }

    @Test
    void handsOutTheLowestFreeNumberFromThree() throws Exception {
        FdTable t = new FdTable();
        int a = t.add(file("a"));
        int b = t.add(file("b"));
        int c = t.add(file("c"));
        assertThat(a).isEqualTo(3);
        assertThat(b).isEqualTo(4);
        assertThat(c).isEqualTo(5);
        t.close(b);
        assertThat(t.add(file("d"))).isEqualTo(4);
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void closingClosesTheChannelAndTwiceIsEbadf() throws Exception {
        FdTable t = new FdTable();
        FdTable.OpenFile f = file("x");
        int fd = t.add(f);
        t.close(fd);
        assertThat(f.channel().isOpen()).isFalse();
        assertThatThrownBy(() -> t.close(fd))
                .isInstanceOfSatisfying(FsException.class, e -> {
                    assertThat(e.code()).isEqualTo("EBADF");
                    assertThat(e.syscall()).isEqualTo("close");
                    assertThat(e.path()).isNull();
                });
    }

    @Test
    void unknownDescriptorIsEbadfForTheGivenSyscall() {
        FdTable t = new FdTable();
        assertThatThrownBy(() -> t.get(1 << 30, "fstat"))
                .isInstanceOfSatisfying(FsException.class, e -> {
                    assertThat(e.code()).isEqualTo("EBADF");
                    assertThat(e.syscall()).isEqualTo("fstat");
                });
    }

    @Test
    void closeAllEmptiesTheTable() throws Exception {
        FdTable t = new FdTable();
        FdTable.OpenFile f = file("y");
        t.add(f);
        t.add(file("z"));
        t.closeAll();
        assertThat(t.size()).isZero();
        assertThat(f.channel().isOpen()).isFalse();
    }
}
