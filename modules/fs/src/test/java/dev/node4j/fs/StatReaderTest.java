package dev.node4j.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatReaderTest {
    @TempDir
    Path dir;

    @Test
    void regularFileFields() throws Exception {
        Path f = Files.writeString(dir.resolve("f.txt"), "12345");
        Files.setLastModifiedTime(f, FileTime.from(Instant.ofEpochSecond(1_600_000_000L, 123_456_789)));
        double[] s = StatReader.stat(f, true);
        assertThat(s).hasSize(StatReader.LENGTH);
        assertThat((int) s[StatReader.MODE] & StatReader.S_IFMT).isEqualTo(StatReader.S_IFREG);
        assertThat(s[StatReader.SIZE]).isEqualTo(5);
        assertThat(s[StatReader.NLINK]).isEqualTo(1);
        assertThat(s[StatReader.INO]).isEqualTo(((Number) Files.getAttribute(f, "unix:ino")).doubleValue());
        assertThat(s[StatReader.DEV]).isEqualTo(((Number) Files.getAttribute(f, "unix:dev")).doubleValue());
        assertThat(s[StatReader.UID]).isEqualTo(((Number) Files.getAttribute(f, "unix:uid")).doubleValue());
        assertThat(s[StatReader.BLKSIZE]).isEqualTo(4096);
        assertThat(s[StatReader.BLOCKS]).isEqualTo(8);
        assertThat(s[StatReader.MTIME_S]).isEqualTo(1_600_000_000d);
        assertThat(s[StatReader.MTIME_NS]).isEqualTo(123_456_789d);
        assertThat(s[StatReader.CTIME_S]).isCloseTo(Instant.now().getEpochSecond(), within(120d));
    }

    @Test
    void directoryAndSymlinkModes() throws Exception {
        Path target = Files.writeString(dir.resolve("t"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("l"), target);
        assertThat((int) StatReader.stat(dir, true)[StatReader.MODE] & StatReader.S_IFMT)
                .isEqualTo(StatReader.S_IFDIR);
        assertThat((int) StatReader.stat(link, false)[StatReader.MODE] & StatReader.S_IFMT)
                .isEqualTo(StatReader.S_IFLNK);
        assertThat((int) StatReader.stat(link, true)[StatReader.MODE] & StatReader.S_IFMT)
                .isEqualTo(StatReader.S_IFREG);
        assertThat(StatReader.direntType(link)).isEqualTo(StatReader.UV_DIRENT_LINK);
        assertThat(StatReader.direntType(dir)).isEqualTo(StatReader.UV_DIRENT_DIR);
        assertThat(StatReader.direntType(target)).isEqualTo(StatReader.UV_DIRENT_FILE);
        assertThat(StatReader.direntType(Path.of("/dev/null"))).isEqualTo(StatReader.UV_DIRENT_CHAR);
    }

    @Test
    void missingFileIsEnoentOrNullWhenAsked() {
        Path missing = dir.resolve("gone");
        assertThat(PathOps.stat(missing, "gone", true, false)).isNull();
        try {
            PathOps.stat(missing, "gone", false, true);
        } catch (FsException e) {
            assertThat(e.code()).isEqualTo("ENOENT");
            assertThat(e.syscall()).isEqualTo("lstat");
            assertThat(e.path()).isEqualTo("gone");
            return;
        }
        throw new AssertionError("expected ENOENT");
    }
}
