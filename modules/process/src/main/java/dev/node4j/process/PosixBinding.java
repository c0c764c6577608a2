package dev.node4j.process;

import java.util.Locale;
import java.util.Set;

import org.graalvm.polyglot.HostAccess;

/**
 * Process credentials and signals to other processes, straight from libc (see {@link Libc}).
 * Failures come back as a C errno (0 = success, or {@link #lastErrno} after a null result);
 * the facade turns them into Node's errors. Only where {@link #SUPPORTED}; nothing is linked
 * before the first call.
 */
public final class PosixBinding {
    /** 64-bit Linux or macOS, where {@link Libc}'s struct offsets hold. */
    static final boolean SUPPORTED = supported();

    private static final Set<String> GETTERS = Set.of("getuid", "getgid", "geteuid", "getegid");
    private static final Set<String> SETTERS = Set.of("setuid", "setgid", "seteuid", "setegid");
    private int lastErrno;

    private static boolean supported() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        boolean lp64 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64");
        return lp64 && (os.contains("linux") || os.contains("mac"));
    }

    @HostAccess.Export
    public double getId(String fn) {
        if (!GETTERS.contains(fn)) throw new IllegalArgumentException(fn);
        return Libc.getId(fn);
    }

    /** setuid and friends with a numeric id: 0 or the errno. */
    @HostAccess.Export
    public int setId(String fn, double id) {
        if (!SETTERS.contains(fn)) throw new IllegalArgumentException(fn);
        return Libc.setId(fn, (long) id);
    }

    /** The uid for a user name, or -1. */
    @HostAccess.Export
    public double uidByName(String name) {
        return Libc.uidByName(name);
    }

    /** The gid for a group name, or -1. */
    @HostAccess.Export
    public double gidByName(String name) {
        return Libc.gidByName(name);
    }

    /** The user name of a uid, or null. */
    @HostAccess.Export
    public String userName(double uid) {
        return Libc.userName((long) uid);
    }

    /** Supplementary group ids, or null with {@link #lastErrno} set. */
    @HostAccess.Export
    public double[] getgroups() {
        try {
            long[] ids = Libc.getgroups();
            double[] out = new double[ids.length];
            for (int i = 0; i < ids.length; i++) out[i] = ids[i];
            return out;
        } catch (Libc.ErrnoException e) {
            lastErrno = e.errno;
            return null;
        }
    }

    @HostAccess.Export
    public int setgroups(double[] gids) {
        long[] ids = new long[gids.length];
        for (int i = 0; i < gids.length; i++) ids[i] = (long) gids[i];
        return Libc.setgroups(ids);
    }

    @HostAccess.Export
    public int initgroups(String user, double gid) {
        return Libc.initgroups(user, (long) gid);
    }

    /** kill(2) of a pid (or a process group when &lt;= 0): 0 or the errno. */
    @HostAccess.Export
    public int kill(double pid, int signal) {
        return Libc.kill((long) pid, signal);
    }

    @HostAccess.Export
    public int lastErrno() {
        return lastErrno;
    }

    @HostAccess.Export
    public String strerror(int errno) {
        return Libc.strerror(errno);
    }
}
