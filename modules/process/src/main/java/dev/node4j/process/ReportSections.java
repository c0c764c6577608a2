package dev.node4j.process;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The diagnostic report's sections that describe the JVM process rather than JavaScript: each a
 * map or list in Node's key order, read from the kernel (uname, getrlimit, getrusage,
 * /proc/self/maps) or the JVM's management beans. Where V8 figures have no JVM counterpart the
 * field is left out and the section says what it holds instead; no figure is made up.
 */
final class ReportSections {
    /** Node's userLimits keys, each with its RLIMIT_* number on Linux and on macOS/BSD. */
    private static final Object[][] LIMITS = {
        {"core_file_size_blocks", 4, 4},
        {"data_seg_size_bytes", 2, 2},
        {"file_size_blocks", 1, 1},
        {"max_locked_memory_bytes", 8, 6},
        {"max_memory_size_bytes", 5, 5},
        {"open_files", 7, 8},
        {"stack_size_bytes", 3, 3},
        {"cpu_time_seconds", 0, 0},
        {"max_user_processes", 6, 7},
        {"virtual_memory_bytes", 9, 5},
    };

    private ReportSections() {
    }

    static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /** uname(2) facts for the header: osName, osRelease, osVersion, osMachine, host. */
    static Map<String, Object> osFacts() {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] u = PosixBinding.SUPPORTED ? Libc.uname() : null;
        if (u != null) {
            m.put("osName", u[0]);
            m.put("osRelease", u[2]);
            m.put("osVersion", u[3]);
            m.put("osMachine", u[4]);
            m.put("host", u[1]);
        } else {   // no libc access: what the JVM knows
            m.put("osName", System.getProperty("os.name"));
            m.put("osRelease", System.getProperty("os.version"));
            m.put("osMachine", System.getProperty("os.arch"));
        }
        return m;
    }

    /** glibc's version on a glibc system, else null (the header then leaves the field out). */
    static String glibcVersion() {
        return PosixBinding.SUPPORTED ? Libc.glibcVersion() : null;
    }

    /** The process's rlimits (getrlimit): {soft, hard} per limit, "unlimited" for RLIM_INFINITY. */
    static Map<String, Object> userLimits() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!PosixBinding.SUPPORTED) return m;
        boolean linux = linux();
        for (Object[] limit : LIMITS) {
            long[] r = Libc.getrlimit((int) limit[linux ? 1 : 2]);
            if (r == null) continue;
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("soft", limitValue(r[0]));
            pair.put("hard", limitValue(r[1]));
            m.put((String) limit[0], pair);
        }
        return m;
    }

    private static Object limitValue(long v) {
        return v == Libc.RLIM_INFINITY ? "unlimited" : (Object) v;
    }

    /** The shared objects mapped into the process, in the order /proc/self/maps first shows them. */
    static List<String> sharedObjects() {
        try {
            return sharedObjects(Files.readString(Path.of("/proc/self/maps"), StandardCharsets.UTF_8));
        } catch (Exception e) {
            return List.of();
        }
    }

    /** The file paths of {@code maps} (the text of /proc/PID/maps) that are shared objects. */
    static List<String> sharedObjects(String maps) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String line : maps.split("\n")) {
            int slash = line.indexOf('/');
            if (slash < 0) continue;
            String path = line.substring(slash);
            if (path.endsWith(" (deleted)")) path = path.substring(0, path.length() - 10);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.endsWith(".so") || name.contains(".so.")) out.add(path);
        }
        return new ArrayList<>(out);
    }

    /**
     * The JVM heap, which all JavaScript contexts of this JVM share, in the javascriptHeap fields
     * that have a JVM counterpart; heapSpaces are the JVM's heap memory pools.
     */
    static Map<String, Object> javascriptHeap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", "GraalJS on " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ": figures of the JVM heap shared by every JavaScript context of this JVM; V8-only fields"
                + " (global handles, malloced memory, native/detached contexts, zapping) are left out");
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long code = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.NON_HEAP && (name.startsWith("CodeHeap") || name.equals("CodeCache")
                    || name.equals("Code Cache"))) {
                code += pool.getUsage().getCommitted();
            }
        }
        long external = 0;
        for (var pool : ManagementFactory.getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class)) {
            external += Math.max(0, pool.getMemoryUsed());
        }
        m.put("totalMemory", heap.getCommitted());
        m.put("executableMemory", code);
        m.put("totalCommittedMemory", heap.getCommitted());
        if (heap.getMax() >= 0) m.put("availableMemory", heap.getMax() - heap.getUsed());
        m.put("usedMemory", heap.getUsed());
        if (heap.getMax() >= 0) m.put("memoryLimit", heap.getMax());
        m.put("externalMemory", external);
        Map<String, Object> spaces = new LinkedHashMap<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid()) continue;
            MemoryUsage u = pool.getUsage();
            long capacity = u.getMax() >= 0 ? u.getMax() : u.getCommitted();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("memorySize", u.getCommitted());
            s.put("committedMemory", u.getCommitted());
            s.put("capacity", capacity);
            s.put("used", u.getUsed());
            s.put("available", Math.max(0, capacity - u.getUsed()));
            spaces.put(pool.getName(), s);
        }
        m.put("heapSpaces", spaces);
        return m;
    }

    /** The JVM's threads (the report's native stack has no JVM counterpart; these are what runs). */
    static List<Object> javaThreads() {
        List<Object> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.getName());
            m.put("id", t.threadId());
            m.put("state", t.getState().name());
            m.put("daemon", t.isDaemon());
            out.add(m);
        }
        out.sort((a, b) -> Long.compare((long) ((Map<?, ?>) a).get("id"), (long) ((Map<?, ?>) b).get("id")));
        return out;
    }

    /**
     * resourceUsage from getrusage(RUSAGE_SELF) and the JVM's memory figures, or null where
     * getrusage cannot be read. {@code uptimeSeconds} is the process's age, for the percentages.
     */
    static Map<String, Object> resourceUsage(double uptimeSeconds, double rss, double freeMemory, double totalMemory) {
        double[] r = Libc.rusage(0);
        if (r == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("free_memory", freeMemory);
        m.put("total_memory", totalMemory);
        m.put("rss", rss);
        Long constrained = cgroupMemoryLimit();
        if (constrained != null) m.put("constrained_memory", constrained);
        m.put("available_memory", freeMemory);
        cpu(m, r, uptimeSeconds);
        m.put("maxRss", r[2] * 1024);
        Map<String, Object> faults = new LinkedHashMap<>();
        faults.put("IORequired", r[7]);
        faults.put("IONotRequired", r[6]);
        m.put("pageFaults", faults);
        m.put("fsActivity", fsActivity(r));
        return m;
    }

    /** uvthreadResourceUsage: getrusage(RUSAGE_THREAD) of the calling (JavaScript) thread. */
    static Map<String, Object> threadResourceUsage(double uptimeSeconds) {
        double[] r = Libc.rusage(1);
        if (r == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        cpu(m, r, uptimeSeconds);
        m.put("fsActivity", fsActivity(r));
        return m;
    }

    private static void cpu(Map<String, Object> m, double[] r, double uptimeSeconds) {
        double user = r[0] / 1e6;
        double kernel = r[1] / 1e6;
        m.put("userCpuSeconds", user);
        m.put("kernelCpuSeconds", kernel);
        double up = Math.max(uptimeSeconds, 1e-9);
        m.put("cpuConsumptionPercent", round3((user + kernel) / up * 100));
        m.put("userCpuConsumptionPercent", round3(user / up * 100));
        m.put("kernelCpuConsumptionPercent", round3(kernel / up * 100));
    }

    private static Map<String, Object> fsActivity(double[] r) {
        Map<String, Object> fs = new LinkedHashMap<>();
        fs.put("reads", r[9]);
        fs.put("writes", r[10]);
        return fs;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The cgroup v2 memory limit of this process, or null when there is none or it is unknown. */
    private static Long cgroupMemoryLimit() {
        try {
            String v = Files.readString(Path.of("/sys/fs/cgroup/memory.max"), StandardCharsets.US_ASCII).strip();
            return v.equals("max") ? null : Long.parseLong(v);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The javascriptStack section from an error's {@code stack} (null when it is not a string), as
     * Node splits it: the first line is the message; each later line that a newline ends is a
     * frame, left-trimmed (so the text after the last newline is not one); no newline, no frames.
     */
    static Map<String, Object> javascriptStack(String stack, Map<String, Object> errorProperties) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (stack == null) {
            m.put("message", "No stack.");
            m.put("stack", List.of("Unavailable."));
        } else {
            int nl = stack.indexOf('\n');
            if (nl < 0) {
                m.put("message", stack);
            } else {
                m.put("message", stack.substring(0, nl));
                List<String> frames = new ArrayList<>();
                int from = nl + 1;
                for (int next; (next = stack.indexOf('\n', from)) >= 0; from = next + 1) {
                    frames.add(stack.substring(from, next).stripLeading());
                }
                m.put("stack", frames);
            }
        }
        m.put("errorProperties", errorProperties);
        return m;
    }
}
