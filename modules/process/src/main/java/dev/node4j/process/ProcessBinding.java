package dev.node4j.process;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeException;

/** The facts about the process that only Java can read: ids, clocks, memory, cwd, stdio. */
public final class ProcessBinding {
    private final NodeEnv env;
    private PosixBinding posix;
    private SignalBinding signals;
    private ReportBinding report;
    private double lastThreadUser;
    private double lastThreadSystem;
    private static final long JVM_START_NANOS =
            System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    private int umask = 0022;

    ProcessBinding(NodeEnv env) {
        this.env = env;
    }

    @HostAccess.Export
    public String[] argv() {
        return env.options().argv().toArray(String[]::new);
    }

    @HostAccess.Export
    public String[] execArgv() {
        return env.options().execArgv().toArray(String[]::new);
    }

    @HostAccess.Export
    public String execPath() {
        return env.options().execPath();
    }

    /** Environment as a flat [key, value, key, value, ...] array. */
    @HostAccess.Export
    public String[] env() {
        var map = env.options().env();
        String[] out = new String[map.size() * 2];
        int i = 0;
        for (var e : map.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    @HostAccess.Export
    public double pid() {
        return ProcessHandle.current().pid();
    }

    @HostAccess.Export
    public double ppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    @HostAccess.Export
    public String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) return "linux";
        if (os.contains("mac")) return "darwin";
        if (os.contains("windows")) return "win32";
        if (os.contains("freebsd")) return "freebsd";
        return os;
    }

    @HostAccess.Export
    public String arch() {
        String a = System.getProperty("os.arch");
        return switch (a) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            case "x86", "i386" -> "ia32";
            default -> a;
        };
    }

    @HostAccess.Export
    public String cwd() {
        return env.cwd();
    }

    @HostAccess.Export
    public void chdir(String dir) {
        Path p = env.resolvePath(dir).normalize();
        if (!Files.exists(p)) {
            throw env.throwValue(env.systemError("ENOENT", "chdir", env.cwd(), dir));
        }
        if (!Files.isDirectory(p)) {
            throw env.throwValue(env.systemError("ENOTDIR", "chdir", env.cwd(), dir));
        }
        env.chdir(p);
    }

    /** Monotonic nanoseconds since the JVM started (exact in a double for 104 days). */
    @HostAccess.Export
    public double hrtimeNanos() {
        return System.nanoTime() - JVM_START_NANOS;
    }

    /** Seconds since the JVM started (the process, as Node counts it). */
    @HostAccess.Export
    public double uptime() {
        return (System.nanoTime() - JVM_START_NANOS) / 1e9;
    }

    /** Credentials through libc, or null on platforms node4j cannot reach libc on. */
    @HostAccess.Export
    public PosixBinding posix() {
        if (posix == null && PosixBinding.SUPPORTED) posix = new PosixBinding();
        return posix;
    }

    /** Signal listeners (process.on('SIGINT')). */
    @HostAccess.Export
    public SignalBinding signals() {
        if (signals == null) signals = new SignalBinding(env);
        return signals;
    }

    /** process.report: the diagnostic report's assembly and files. */
    @HostAccess.Export
    public ReportBinding report() {
        if (report == null) report = new ReportBinding(env, this);
        return report;
    }

    /** process.execve and process.dlopen. */
    @HostAccess.Export
    public NativeBinding natives() {
        return new NativeBinding(env);
    }

    /** process.loadEnvFile's file reading and .env parsing. */
    @HostAccess.Export
    public DotEnvBinding dotenv() {
        return new DotEnvBinding(env);
    }

    /**
     * getrusage(RUSAGE_SELF) of the JVM process, in process.resourceUsage()'s field order
     * (CPU times in microseconds, maxRSS in KiB), or null where it cannot be read.
     */
    @HostAccess.Export
    public double[] resourceUsage() {
        return PosixBinding.SUPPORTED ? Libc.rusage(0) : null;
    }

    /** [user, system] CPU time of the calling (JS) thread in microseconds, or null. */
    @HostAccess.Export
    public double[] threadCpuUsage() {
        if (PosixBinding.SUPPORTED) {
            try {
                double[] usage = Libc.threadRusage();
                if (usage != null) return usage;
            } catch (RuntimeException | LinkageError e) {
                // no native access here: the JMX estimate below
            }
        }
        // JMX gives a precise total but the user part in clock ticks: keep each part from going
        // back between calls, as getrusage's do.
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long user = threads.getCurrentThreadUserTime();
        if (cpu < 0 || user < 0) return null;
        lastThreadUser = Math.max(lastThreadUser, Math.floor(user / 1000.0));
        lastThreadSystem = Math.max(lastThreadSystem, Math.floor(Math.max(0, cpu - user) / 1000.0));
        return new double[] {lastThreadUser, lastThreadSystem};
    }

    /** The flags Node accepts in NODE_OPTIONS (process.allowedNodeEnvironmentFlags), one per line. */
    @HostAccess.Export
    public String nodeOptionsFlags() {
        try (var in = ProcessBinding.class.getResourceAsStream("/node4j/process/node-options-flags.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("node-options-flags.txt missing from the process module", e);
        }
    }

    /** [rss, heapTotal, heapUsed, external, arrayBuffers] in bytes. */
    @HostAccess.Export
    public double[] memoryUsage() {
        Runtime rt = Runtime.getRuntime();
        double heapTotal = rt.totalMemory();
        double heapUsed = rt.totalMemory() - rt.freeMemory();
        double direct = 0;
        for (var pool : ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
            direct += pool.getMemoryUsed();
        }
        return new double[] {rss(), heapTotal, heapUsed, direct, direct};
    }

    @HostAccess.Export
    public double rss() {
        try {
            String statm = Files.readString(Path.of("/proc/self/statm"), StandardCharsets.US_ASCII);
            return Double.parseDouble(statm.split(" ")[1]) * 4096;
        } catch (Exception e) {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory();
        }
    }

    /**
     * [user, system] CPU time of the process in microseconds: the kernel's counters on Linux
     * (monotonic, as getrusage's are), else an estimate from the JVM's thread times.
     */
    @HostAccess.Export
    public double[] cpuUsage() {
        double[] fromKernel = procSelfCpuTimes();
        if (fromKernel != null) {
            return fromKernel;
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        double total = 0;
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) total = sun.getProcessCpuTime() / 1000.0;
        double user = 0;
        var threads = ManagementFactory.getThreadMXBean();
        for (long id : threads.getAllThreadIds()) {
            long u = threads.getThreadUserTime(id);
            if (u > 0) user += u / 1000.0;
        }
        user = Math.min(user, total);
        return new double[] {user, Math.max(0, total - user)};
    }

    /** utime and stime of /proc/self/stat (fields 14 and 15, in clock ticks of 1/100 s). */
    private static double[] procSelfCpuTimes() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // f[0] is field 3 (state): utime is field 14, stime field 15.
            double tickMicros = 1_000_000.0 / 100;
            return new double[] {Long.parseLong(f[11]) * tickMicros, Long.parseLong(f[12]) * tickMicros};
        } catch (Exception e) {
            return null;
        }
    }

    @HostAccess.Export
    public double totalMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getTotalMemorySize();
        return Runtime.getRuntime().maxMemory();
    }

    @HostAccess.Export
    public double availableMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getFreeMemorySize();
        return Runtime.getRuntime().freeMemory();
    }

    /** process.umask(): node4j keeps the mask per runtime (the JVM cannot change the OS one). */
    @HostAccess.Export
    public int umask(int mask) {
        int old = umask;
        if (mask >= 0) umask = mask & 0777;
        return old;
    }

    /** Sends a signal to another process; signal 0 only checks that it exists. */
    @HostAccess.Export
    public String kill(double pid, int signal) {
        if (signal < 0 || signal > 64) {
            return "EINVAL";
        }
        if (PosixBinding.SUPPORTED) {
            try {
                return switch (Libc.kill((long) pid, signal)) {   // kill(2) fails with these three only
                    case 0 -> null;
                    case 1 -> "EPERM";
                    case 3 -> "ESRCH";
                    default -> "EINVAL";
                };
            } catch (RuntimeException | LinkageError e) {
                // no native access here (an embedder's choice): kill(1) below
            }
        }
        // Without libc access: kill(1) reaches process groups (pid 0, negative pids) and every
        // signal number, which ProcessHandle cannot.
        try {
            Process p = new ProcessBuilder("kill", "-" + signal, "--", Long.toString((long) pid))
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) {
                return null;
            }
            if (out.contains("No such process")) {
                return "ESRCH";
            }
            return out.contains("not permitted") ? "EPERM" : "EINVAL";
        } catch (java.io.IOException e) {
            return killWithoutCommand((long) pid, signal);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "EINTR";
        }
    }

    /** Without kill(1): SIGKILL or SIGTERM through ProcessHandle, existence for signal 0. */
    private static String killWithoutCommand(long pid, int signal) {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return "ESRCH";
        }
        if (signal == 0) {
            return null;
        }
        boolean sent = signal == 9 ? handle.get().destroyForcibly() : handle.get().destroy();
        return sent ? null : "EPERM";
    }

    @HostAccess.Export
    public void write(int fd, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        env.write(fd, b, 0, b.length);
    }

    @HostAccess.Export
    public void writeBytes(int fd, Value arrayBuffer, int offset, int length) {
        byte[] b = new byte[length];
        arrayBuffer.readBuffer(offset, b, 0, length);
        env.write(fd, b, 0, length);
    }

    private boolean stdinRef;

    /**
     * Reads the next chunk of stdin on a virtual thread and calls {@code callback(chunk)} on the
     * loop with a ByteBuffer, or {@code callback(null)} at end of input. One read per call, so the
     * stream's _read() gives backpressure; while a read is pending the loop is kept alive only
     * if {@link #stdinRef} says the stream is flowing.
     */
    @HostAccess.Export
    public void readStdin(int max, Value callback) {
        var in = env.options().stdin();
        Thread.ofVirtual().name("node4j-stdin").start(() -> {
            byte[] buf = new byte[max];
            int n;
            try {
                n = in.read(buf);
            } catch (java.io.IOException e) {
                n = -1;
            }
            final int got = n;
            env.loop().post(() -> env.invoke(callback,
                    got < 0 ? null : java.nio.ByteBuffer.wrap(buf, 0, got).slice()));
        });
    }

    /** Whether waiting stdin input keeps the process alive (a flowing or reading stdin does). */
    @HostAccess.Export
    public void stdinRef(boolean ref) {
        if (ref == stdinRef) return;
        stdinRef = ref;
        if (ref) env.loop().refHandle(); else env.loop().unrefHandle();
    }

    /** Whether stdin is being read and keeps the loop alive (an active handle in Node's terms). */
    @HostAccess.Export
    public boolean stdinActive() {
        return stdinRef;
    }

    /** What fd 0 is on Linux: "tty", "pipe", "socket", "file", or "" when unknown. */
    @HostAccess.Export
    public String stdinKind() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            if (target.startsWith("pipe:")) return "pipe";
            if (target.startsWith("socket:")) return "socket";
            if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")) return "tty";
            return target.startsWith("/") ? "file" : "";
        } catch (Exception e) {
            return "";
        }
    }

    @HostAccess.Export
    public boolean isatty(int fd) {
        return fd != 0 && System.console() != null && System.console().isTerminal();
    }

    @HostAccess.Export
    public String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            throw env.toJs(new NodeException("Error", "ERR_SYSTEM_ERROR", e.getMessage()));
        }
    }
}
