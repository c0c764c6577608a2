package dev.node4j.child_process;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** Builds and starts a process from the facade's normalized options; maps start failures to errno codes. */
final class Launcher {
    private Launcher() {}

    /** How one of the child's fds 0-2 is wired: a pipe, the runtime's own fd, or nothing. */
    enum Mode { PIPE, INHERIT, IGNORE }

    static Mode mode(String s) {
        return switch (s) {
            case "inherit" -> Mode.INHERIT;
            case "ignore" -> Mode.IGNORE;
            default -> Mode.PIPE;
        };
    }

    /** A failure to start, with the libuv code (ENOENT, EACCES, ...). */
    static final class StartFailure extends Exception {
        final String code;

        StartFailure(String code, Throwable cause) {
            super(code, cause);
            this.code = code;
        }
    }

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    static Process start(NodeEnv env, String file, Value args, String cwd, Value envPairs, Mode[] modes)
            throws StartFailure {
        List<String> command = new ArrayList<>();
        command.add(file);
        for (long i = 0; i < args.getArraySize(); i++) command.add(args.getArrayElement(i).asString());
        ProcessBuilder pb = new ProcessBuilder(command);
        File dir = cwd == null ? new File(env.cwd()) : env.resolvePath(cwd).toFile();
        if (!dir.isDirectory()) throw new StartFailure("ENOENT", null);
        pb.directory(dir);
        if (envPairs != null && !envPairs.isNull()) {
            var map = pb.environment();
            map.clear();
            for (long i = 0; i + 1 < envPairs.getArraySize(); i += 2) {
                map.put(envPairs.getArrayElement(i).asString(), envPairs.getArrayElement(i + 1).asString());
            }
        }
        // stdin can be the JVM's real stdin; stdout/stderr 'inherit' are piped and copied to the
        // runtime's own outputs, which an embedder may have redirected.
        pb.redirectInput(modes[0] == Mode.INHERIT ? Redirect.INHERIT : Redirect.PIPE);
        pb.redirectOutput(modes[1] == Mode.IGNORE ? Redirect.DISCARD : Redirect.PIPE);
        pb.redirectError(modes[2] == Mode.IGNORE ? Redirect.DISCARD : Redirect.PIPE);
        try {
            Process p = pb.start();
            if (modes[0] == Mode.IGNORE) p.getOutputStream().close();
            return p;
        } catch (IOException e) {
            throw new StartFailure(codeOf(e), e);
        }
    }

    static String codeOf(IOException e) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) return "ENOENT";
        return switch (Integer.parseInt(m.group(1))) {
            case 1 -> "EPERM";
            case 2 -> "ENOENT";
            case 7 -> "E2BIG";
            case 8 -> "ENOEXEC";
            case 12 -> "ENOMEM";
            case 13 -> "EACCES";
            case 20 -> "ENOTDIR";
            case 24 -> "EMFILE";
            default -> "ENOENT";
        };
    }

    /**
     * Sends {@code signal} (a number) to the process. SIGTERM and SIGKILL go through
     * Process.destroy/destroyForcibly; other signals through the system's kill(1) command, the
     * only way a JVM can send them.
     */
    static boolean kill(Process p, int signal) {
        if (!p.isAlive()) return false;
        if (signal == 15) {
            p.destroy();
            return true;
        }
        if (signal == 9) {
            p.destroyForcibly();
            return true;
        }
        if (signal == 0) return true;
        try {
            Process k = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid()))
                    .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
            return k.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
