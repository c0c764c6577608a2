package dev.node4j.process;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few libc calls the POSIX parts of {@code process} need (credentials, kill, execve, and
 * the diagnostic report's uname, getrlimit and glibc version), made through
 * the Foreign Function and Memory API. Handles are linked on first use. Calls that can fail
 * return the C {@code errno} (0 on success) instead of throwing, so the facade builds Node's error.
 *
 * <p>Only the fields every LP64 Unix puts at the same offsets are read: {@code pw_name} (0),
 * {@code pw_uid} (16), {@code pw_gid} (20) of {@code struct passwd}, {@code gr_gid} (16) of
 * {@code struct group}.
 */
final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ConcurrentHashMap<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();
    private static final int ERANGE = 34;
    private static final long STRUCT_BYTES = 128;   // larger than struct passwd / group on any LP64 libc

    private Libc() {
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd, boolean errno) {
        return HANDLES.computeIfAbsent(name, n -> {
            MemorySegment addr = LINKER.defaultLookup().find(n)
                    .orElseThrow(() -> new UnsupportedOperationException("libc has no " + n));
            return errno ? LINKER.downcallHandle(addr, fd, Linker.Option.captureCallState("errno"))
                    : LINKER.downcallHandle(addr, fd);
        });
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** getuid, getgid, geteuid or getegid, as an unsigned number. */
    static long getId(String fn) {
        try {
            int id = (int) handle(fn, FunctionDescriptor.of(JAVA_INT), false).invokeExact();
            return Integer.toUnsignedLong(id);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A call that returns 0 on success and sets errno otherwise; gets the errno capture segment. */
    @FunctionalInterface
    private interface ErrnoCall {
        int call(MemorySegment state, Arena arena) throws Throwable;
    }

    /** Runs the call: 0, or the errno it left. */
    private static int errnoOf(ErrnoCall call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            return call.call(state, arena) == 0 ? 0 : (int) ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** setuid, setgid, seteuid or setegid: 0, or the errno. */
    static int setId(String fn, long id) {
        MethodHandle h = handle(fn, FunctionDescriptor.of(JAVA_INT, JAVA_INT), true);
        return errnoOf((state, arena) -> (int) h.invokeExact(state, (int) id));
    }

    /** kill(2): 0, or the errno. */
    static int kill(long pid, int signal) {
        MethodHandle h = handle("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), true);
        return errnoOf((state, arena) -> (int) h.invokeExact(state, (int) pid, signal));
    }

    /** The supplementary group ids; throws {@link ErrnoException} on failure. */
    static long[] getgroups() {
        MethodHandle h = handle("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), true);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            for (int attempt = 0; attempt < 4; attempt++) {
                int n = (int) h.invokeExact(state, 0, MemorySegment.NULL);
                if (n < 0) throw new ErrnoException((int) ERRNO.get(state, 0L));
                MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, n));
                int got = (int) h.invokeExact(state, n, list);
                if (got >= 0) {
                    long[] out = new long[got];
                    for (int i = 0; i < got; i++) out[i] = Integer.toUnsignedLong(list.getAtIndex(JAVA_INT, i));
                    return out;
                }
                int err = (int) ERRNO.get(state, 0L);
                if (err != 22) throw new ErrnoException(err);   // EINVAL: the list grew meanwhile
            }
            throw new ErrnoException(22);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** setgroups(2): 0, or the errno. */
    static int setgroups(long[] gids) {
        boolean linux = linux();   // size_t count on Linux, int elsewhere
        MethodHandle h = handle("setgroups", FunctionDescriptor.of(JAVA_INT, linux ? JAVA_LONG : JAVA_INT, ADDRESS), true);
        return errnoOf((state, arena) -> {
            MemorySegment list = arena.allocate(JAVA_INT, Math.max(1, gids.length));
            for (int i = 0; i < gids.length; i++) list.setAtIndex(JAVA_INT, i, (int) gids[i]);
            return linux ? (int) h.invokeExact(state, (long) gids.length, list)
                    : (int) h.invokeExact(state, gids.length, list);
        });
    }

    /** initgroups(3): 0, or the errno. */
    static int initgroups(String user, long gid) {
        MethodHandle h = handle("initgroups", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), true);
        return errnoOf((state, arena) -> (int) h.invokeExact(state, arena.allocateFrom(user), (int) gid));
    }

    /** The uid of user {@code name}, or -1 when there is no such user. */
    static long uidByName(String name) {
        MemorySegment pwd = lookup("getpwnam_r", name, -1);
        return pwd == null ? -1 : Integer.toUnsignedLong(pwd.get(JAVA_INT, 16));
    }

    /** The gid of group {@code name}, or -1 when there is no such group. */
    static long gidByName(String name) {
        MemorySegment grp = lookup("getgrnam_r", name, -1);
        return grp == null ? -1 : Integer.toUnsignedLong(grp.get(JAVA_INT, 16));
    }

    /** The login name of {@code uid}, or null when no user has it. */
    static String userName(long uid) {
        MemorySegment pwd = lookup("getpwuid_r", null, uid);
        return pwd == null ? null : pwd.get(ADDRESS, 0).reinterpret(Long.MAX_VALUE).getString(0);
    }

    /**
     * Calls a reentrant getpw/getgr function ({@code (key, struct*, buf, buflen, result**)}) and
     * returns a copy of the struct with its strings still readable, or null when not found.
     */
    private static MemorySegment lookup(String fn, String name, long id) {
        FunctionDescriptor fd = FunctionDescriptor.of(JAVA_INT, name != null ? ADDRESS : JAVA_INT,
                ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
        MethodHandle h = handle(fn, fd, false);
        Arena arena = Arena.ofAuto();   // the strings outlive the call (userName reads pw_name)
        long size = 16 * 1024;
        try {
            while (true) {
                MemorySegment struct = arena.allocate(STRUCT_BYTES);
                MemorySegment buf = arena.allocate(size);
                MemorySegment result = arena.allocate(ADDRESS);
                int rc = name != null
                        ? (int) h.invokeExact(arena.allocateFrom(name), struct, buf, size, result)
                        : (int) h.invokeExact((int) id, struct, buf, size, result);
                if (rc == ERANGE && size < (1 << 22)) {
                    size *= 4;
                    continue;
                }
                if (rc != 0 || result.get(ADDRESS, 0).equals(MemorySegment.NULL)) return null;
                return struct;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * [user, system] CPU time of the calling thread in microseconds, from
     * getrusage(RUSAGE_THREAD) (Linux only: each is monotonic, unlike JMX's user time in clock
     * ticks set against a nanosecond total). Null elsewhere.
     */
    static double[] threadRusage() {
        double[] r = rusage(1);   // RUSAGE_THREAD
        return r == null ? null : new double[] {r[0], r[1]};
    }

    /**
     * getrusage(who) on Linux (0: RUSAGE_SELF, 1: RUSAGE_THREAD), else null: user and system
     * CPU time in microseconds, then the fourteen long counters from ru_maxrss to ru_nivcsw.
     */
    static double[] rusage(int who) {
        if (!linux()) return null;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment usage = arena.allocate(STRUCT_BYTES * 2);   // struct rusage: 144 bytes
            MethodHandle h = handle("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), false);
            int rc = (int) h.invokeExact(who, usage);
            if (rc != 0) return null;
            // ru_utime and ru_stime: two struct timeval {long tv_sec; long tv_usec;}, then longs.
            double[] r = new double[16];
            r[0] = usage.get(JAVA_LONG, 0) * 1e6 + usage.get(JAVA_LONG, 8);
            r[1] = usage.get(JAVA_LONG, 16) * 1e6 + usage.get(JAVA_LONG, 24);
            for (int i = 0; i < 14; i++) r[2 + i] = usage.get(JAVA_LONG, 32 + 8L * i);
            return r;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** RLIM_INFINITY, as getrlimit(2) reports it in a 64-bit rlim_t on Linux and macOS. */
    static final long RLIM_INFINITY = -1L;

    /** getrlimit(2) of {@code resource}: [soft, hard], {@link #RLIM_INFINITY} for no limit; null on failure. */
    static long[] getrlimit(int resource) {
        MethodHandle h = handle("getrlimit", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), false);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(16);   // struct rlimit {rlim_t cur, max}
            int rc = (int) h.invokeExact(resource, limit);
            return rc != 0 ? null : new long[] {limit.get(JAVA_LONG, 0), limit.get(JAVA_LONG, 8)};
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * uname(2): [sysname, nodename, release, version, machine], or null on failure. struct
     * utsname holds fixed-size char arrays: 65 bytes each on Linux, 256 on the BSDs and macOS.
     */
    static String[] uname() {
        long field = linux() ? 65 : 256;
        MethodHandle h = handle("uname", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(field * 6);
            if ((int) h.invokeExact(buf) != 0) return null;
            String[] out = new String[5];
            for (int i = 0; i < 5; i++) out[i] = buf.asSlice(field * i, field).getString(0);
            return out;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** gnu_get_libc_version(3): the glibc running this process, or null on another libc. */
    static String glibcVersion() {
        if (LINKER.defaultLookup().find("gnu_get_libc_version").isEmpty()) return null;
        try {
            MethodHandle h = handle("gnu_get_libc_version", FunctionDescriptor.of(ADDRESS), false);
            MemorySegment s = (MemorySegment) h.invokeExact();
            return s.equals(MemorySegment.NULL) ? null : s.reinterpret(64).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * execve(2) of {@code path} with {@code argv} and {@code envp} ("KEY=value") in directory
     * {@code cwd} (a runtime's process.cwd() is its own, not the JVM's) after emptying the calling
     * thread's signal mask (the JVM blocks some signals in its threads, and a mask survives exec).
     * Returns only on failure, with the errno, the JVM's directory and mask restored.
     */
    static int execve(String cwd, String path, String[] argv, String[] envp) {
        MethodHandle exec = handle("execve", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS), true);
        MethodHandle chdir = handle("chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS), false);
        MethodHandle getcwd = handle("getcwd", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG), false);
        MethodHandle mask = handle("pthread_sigmask", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS), false);
        int sigSetmask = linux() ? 2 : 3;   // SIG_SETMASK
        return errnoOf((state, arena) -> {
            MemorySegment args = cStrings(arena, argv);
            MemorySegment env = cStrings(arena, envp);
            MemorySegment empty = arena.allocate(128);   // sigset_t, all bits clear (128 bytes on glibc)
            MemorySegment saved = arena.allocate(128);
            MemorySegment oldCwd = arena.allocate(8192);
            boolean moved = !((MemorySegment) getcwd.invokeExact(oldCwd, 8192L)).equals(MemorySegment.NULL)
                    && (int) chdir.invokeExact(arena.allocateFrom(cwd)) == 0;
            int masked = (int) mask.invokeExact(sigSetmask, empty, saved);
            int rc = (int) exec.invokeExact(state, arena.allocateFrom(path), args, env);
            // Still here: exec failed (errno is captured), so the JVM gets its mask and cwd back.
            if (masked == 0) masked = (int) mask.invokeExact(sigSetmask, saved, MemorySegment.NULL);
            if (moved) masked = (int) chdir.invokeExact(oldCwd);
            return rc;
        });
    }

    /** A NULL-terminated char*[] of {@code strings}, allocated in {@code arena}. */
    private static MemorySegment cStrings(Arena arena, String[] strings) {
        MemorySegment list = arena.allocate(ADDRESS, strings.length + 1L);
        for (int i = 0; i < strings.length; i++) list.setAtIndex(ADDRESS, i, arena.allocateFrom(strings[i]));
        list.setAtIndex(ADDRESS, strings.length, MemorySegment.NULL);
        return list;
    }

    /** strerror(3) text for {@code errno}. */
    static String strerror(int errno) {
        try {
            MethodHandle h = handle("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT), false);
            MemorySegment s = (MemorySegment) h.invokeExact(errno);
            return s.equals(MemorySegment.NULL) ? "Unknown error " + errno : s.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A failed call's errno, for callers that return a value otherwise. */
    static final class ErrnoException extends RuntimeException {
        final int errno;

        ErrnoException(int errno) {
            super("errno " + errno, null, false, false);
            this.errno = errno;
        }
    }
}
