package dev.node4j.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Gives the process Node's signal dispositions at start. Node resets every signal its parent left
 * ignored to the default action (a shell's background job ignores SIGINT, nohup SIGHUP), except
 * SIGPIPE and SIGXFSZ; and with no listener, SIGHUP, SIGINT and SIGTERM kill it by the signal,
 * where the JVM's own handler would start an orderly exit with status 128+n. The JVM will not
 * install a handler over an inherited SIG_IGN, so that reset goes through libc.
 */
final class InheritedSignals {
    private static final int SIGKILL = 9;
    private static final int SIGPIPE = 13;
    private static final int SIGSTOP = 19;
    private static final int SIGXFSZ = 25;

    private InheritedSignals() {
    }

    static void reset() {
        long ignored = ignoredMask();
        MethodHandle signal = null;
        for (int nr = 1; nr < 64; nr++) {
            if ((ignored & (1L << (nr - 1))) == 0) continue;
            if (nr == SIGKILL || nr == SIGSTOP || nr == SIGPIPE || nr == SIGXFSZ) continue;
            try {
                if (signal == null) signal = libcSignal();
                MemorySegment previous = (MemorySegment) signal.invokeExact(nr, MemorySegment.NULL);   // SIG_DFL is 0
            } catch (Throwable t) {
                System.err.println("node4j: cannot reset inherited signal " + nr + ": " + t);
            }
        }
        for (String name : new String[] {"HUP", "INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), SignalHandler.SIG_DFL);
            } catch (IllegalArgumentException e) {
                // the JVM keeps it (-Xrs): its behaviour stands
            }
        }
    }

    /** The SigIgn mask of /proc/self/status (Linux); 0 where there is none. */
    private static long ignoredMask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return Long.parseUnsignedLong(line.substring(7).trim(), 16);
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: nothing known to reset
        }
        return 0;
    }

    /** libc's {@code signal(int, handler)}, linked only when a signal needs resetting. */
    private static MethodHandle libcSignal() {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find("signal").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    }
}
