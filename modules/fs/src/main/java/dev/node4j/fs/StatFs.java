package dev.node4j.fs;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * statfs(2) through the FFM API: the JDK's FileStore has no inode counts or file-system magic.
 * Linux on 64-bit CPUs: the first seven fields of struct statfs are 8 bytes each.
 */
final class StatFs {
    private static volatile MethodHandle statfs;

    private StatFs() {
    }

    /** [type, bsize, blocks, bfree, bavail, files, ffree]. */
    static double[] statfs(Path p, String user) {
        try {
            Files.readAttributes(p, BasicFileAttributes.class);   // raises ENOENT/ENOTDIR/EACCES properly
        } catch (IOException | RuntimeException e) {
            throw FsErrors.wrap(e, "statfs", user, null);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocateFrom(p.toString());
            MemorySegment buf = arena.allocate(256, 8);
            int rc = (int) handle().invokeExact(path, buf);
            if (rc != 0) throw new FsException("EIO", "statfs", user, null);
            double[] out = new double[7];
            for (int i = 0; i < 7; i++) out[i] = buf.get(ValueLayout.JAVA_LONG, i * 8L);
            return out;
        } catch (FsException e) {
            throw e;
        } catch (Throwable t) {
            throw new FsException("ENOSYS", "statfs", user, null);
        }
    }

    private static MethodHandle handle() {
        MethodHandle h = statfs;
        if (h == null) {
            Linker linker = Linker.nativeLinker();
            h = linker.downcallHandle(linker.defaultLookup().find("statfs").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            statfs = h;
        }
        return h;
    }
}
