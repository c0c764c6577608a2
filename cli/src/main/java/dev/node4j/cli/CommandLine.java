package dev.node4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Node's command line: options before the script, everything after it goes to the program. */
final class CommandLine {
    static final String HELP = """
            Usage: node4j [options] [ script.js ] [arguments]
                   node4j [options] -e "script" [arguments]
                   node4j [options] -p "script" [arguments]
                   node4j [options] - [arguments]      (script from stdin)

            Options:
              -e, --eval script     evaluate script
              -p, --print script    evaluate script and print the result
              --input-type=type     how -e, -p and stdin code runs: "commonjs" (default) or "module"
              -v, --version         print the Node.js version node4j follows
              -h, --help            print this help
              --trace-startup       print where start-up time goes (also NODE4J_TRACE_STARTUP=1)
              --trace-sigint        print the JavaScript stack when SIGINT ends the process
              --report-on-signal, --report-signal=sig, --report-uncaught-exception, --report-dir=dir,
              --report-filename=file, --report-compact, --report-exclude-network, --report-exclude-env
                                    process.report's settings at start (as Node's flags)
              --                    end of options
            Node options that change nothing observable here (--no-warnings, --expose-gc, ...) are accepted.
            """;

    /** Flags Node programs and test files pass that node4j accepts (recorded in process.execArgv). */
    private static final Set<String> ACCEPTED = Set.of("--no-warnings", "--expose-gc", "--expose_gc",
            "--no-deprecation", "--trace-warnings", "--trace-deprecation", "--throw-deprecation",
            "--pending-deprecation", "--experimental-vm-modules", "--enable-source-maps", "--trace-uncaught",
            "--no-experimental-fetch", "--experimental-require-module", "--abort-on-uncaught-exception",
            "--unhandled-rejections=strict", "--unhandled-rejections=throw", "--stack-trace-limit=100",
            "--harmony", "--expose-internals", "--allow-natives-syntax", "--zero-fill-buffers",
            "--preserve-symlinks", "--no-experimental-global-navigator", "--experimental-default-type=commonjs",
            // Read back from process.execArgv by the modules that act on them (process.report, SIGINT).
            "--trace-sigint", "--report-on-signal", "--report-uncaught-exception", "--report-compact",
            "--report-exclude-network", "--report-exclude-env");

    /** Accepted flags that take a value, as --flag=value or --flag value. */
    private static final Set<String> WITH_VALUE = Set.of("--report-dir", "--report-directory", "--report-filename",
            "--report-signal");

    boolean version;
    boolean help;
    boolean print;
    String eval;
    String script;
    /** --input-type=module: -e/-p/stdin code is an ES module (Node ignores it for a script file). */
    boolean inputModule;
    final List<String> execArgv = new ArrayList<>();
    final List<String> scriptArgs = new ArrayList<>();

    static CommandLine parse(String[] args) {
        CommandLine cl = new CommandLine();
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("-") || !a.startsWith("-")) break;
            switch (a) {
                case "-v", "--version" -> cl.version = true;
                case "--trace-startup" -> System.setProperty("node4j.traceStartup", "true");
                case "-h", "--help" -> cl.help = true;
                case "-e", "--eval", "-p", "--print", "-pe" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                    cl.print |= !a.equals("-e") && !a.equals("--eval");
                    cl.eval = args[++i];
                    cl.execArgv.add(a);
                    cl.execArgv.add(cl.eval);
                }
                case "--input-type" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                    cl.inputType(args[++i]);
                    cl.execArgv.add(a);
                    cl.execArgv.add(args[i]);
                }
                default -> {
                    String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                    if (name.equals("--input-type")) {
                        cl.inputType(a.substring(name.length() + 1));
                        cl.execArgv.add(a);
                        continue;
                    }
                    if (WITH_VALUE.contains(a)) {
                        if (i + 1 >= args.length) throw new IllegalArgumentException(a + " requires an argument");
                        cl.execArgv.add(a);
                        cl.execArgv.add(args[++i]);
                        continue;
                    }
                    if (!ACCEPTED.contains(a) && !ACCEPTED.contains(name) && !WITH_VALUE.contains(name)
                            && !name.startsWith("--stack-size")
                            && !name.startsWith("--max-old-space-size") && !name.startsWith("--stack-trace-limit")
                            && !name.startsWith("--unhandled-rejections")) {
                        throw new IllegalArgumentException("bad option: " + a);
                    }
                    cl.execArgv.add(a);
                }
            }
        }
        if (cl.eval == null && i < args.length) cl.script = args[i++];
        for (; i < args.length; i++) cl.scriptArgs.add(args[i]);
        return cl;
    }

    private void inputType(String type) {
        switch (type) {
            case "module" -> inputModule = true;
            case "commonjs" -> inputModule = false;
            default -> throw new IllegalArgumentException("--input-type must be \"module\" or \"commonjs\"");
        }
    }
}
