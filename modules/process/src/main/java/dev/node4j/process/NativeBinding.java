package dev.node4j.process;

import java.nio.file.Files;
import java.util.Map;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * The two process calls that cross into native code: process.execve (a real execve(2) through
 * FFM, replacing the whole JVM process) and process.dlopen (which cannot load a Node addon:
 * addons are built against V8 and Node's C++ ABI, which GraalJS does not provide).
 */
public final class NativeBinding {
    /** errno numbers execve(2) can leave, by Linux value, with the names Node uses. */
    private static final Map<Integer, String> ERRNO_NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(5, "EIO"), Map.entry(7, "E2BIG"),
            Map.entry(8, "ENOEXEC"), Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"), Map.entry(14, "EFAULT"),
            Map.entry(20, "ENOTDIR"), Map.entry(21, "EISDIR"), Map.entry(22, "EINVAL"), Map.entry(23, "ENFILE"),
            Map.entry(24, "EMFILE"), Map.entry(26, "ETXTBSY"), Map.entry(36, "ENAMETOOLONG"), Map.entry(40, "ELOOP"),
            Map.entry(80, "ELIBBAD"));
    private static final String CLI_MAIN = "dev.node4j.cli.Main";

    private final NodeEnv env;

    NativeBinding(NodeEnv env) {
        this.env = env;
    }

    /**
     * Why execve cannot run here, or null when it can: it needs libc (FFM with native access) on
     * Linux, and it must be the node4j command's own process. A runtime embedded in another Java
     * program shares the JVM with that program, which execve would replace without warning.
     */
    @HostAccess.Export
    public String execveUnavailable() {
        if (!ReportSections.linux() || !PosixBinding.SUPPORTED) {
            return "process.execve needs execve(2) through libc, which node4j reaches on Linux only";
        }
        String command = System.getProperty("sun.java.command", "");
        if (!command.equals(CLI_MAIN) && !command.startsWith(CLI_MAIN + " ")) {
            return "process.execve replaces the whole JVM process, so node4j allows it only in the node4j command,"
                    + " not in a runtime embedded in another Java program";
        }
        return null;
    }

    /**
     * Flushes stdout and stderr, then execve(2) with {@code args} and {@code envPairs}
     * ("KEY=value"). Returns only when exec failed: the errno's name ("ENOENT").
     */
    @HostAccess.Export
    public String execve(String path, Value args, Value envPairs) {
        String[] argv = strings(args);
        String[] envp = strings(envPairs);
        env.write(2, new byte[0], 0, 0);   // the runtime's stderr flushes its buffered stdout first
        System.out.flush();
        System.err.flush();
        int errno = Libc.execve(env.cwd(), path, argv, envp);
        return errnoName(errno);
    }

    static String errnoName(int errno) {
        return ERRNO_NAMES.getOrDefault(errno, "UNKNOWN");
    }

    /** Whether {@code path} (resolved against the runtime's cwd) names an existing file. */
    @HostAccess.Export
    public boolean exists(String path) {
        try {
            return Files.exists(env.resolvePath(path));
        } catch (RuntimeException e) {   // an invalid path: it cannot be opened either
            return false;
        }
    }

    private static String[] strings(Value array) {
        String[] out = new String[(int) array.getArraySize()];
        for (int i = 0; i < out.length; i++) out[i] = array.getArrayElement(i).asString();
        return out;
    }
}
