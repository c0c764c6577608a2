package dev.node4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.node4j.core.NodeRuntime;

/**
 * {@code node4j [options] [script.js | -e code | -p code | -] [arguments]}, with Node's exit
 * codes: the program's own, 1 for an uncaught error, 9 for a bad option.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        InheritedSignals.reset();
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(System.getProperty("node4j.argv0", "node4j") + ": " + e.getMessage());
            return 9;
        }
        if (cl.version) {
            System.out.println(NodeRuntime.NODE_VERSION);
            return 0;
        }
        if (cl.help) {
            System.out.print(CommandLine.HELP);
            return 0;
        }
        List<String> procArgs = new ArrayList<>();
        if (cl.script != null) procArgs.add(cl.script);
        procArgs.addAll(cl.scriptArgs);
        String execPath = System.getProperty("node4j.execPath", "node4j");
        try (NodeRuntime node = NodeRuntime.builder()
                .args(procArgs)
                .execArgv(cl.execArgv)
                .execPath(execPath)
                .build()) {
            if (cl.eval != null) return node.runEval(cl.eval, cl.print, cl.inputModule);
            if (cl.script == null || cl.script.equals("-")) {
                String code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                return node.runEval(code, false, cl.inputModule);
            }
            return node.runMain(cl.script);
        } catch (IOException e) {
            System.err.println("node4j: cannot read stdin: " + e.getMessage());
            return 1;
        }
    }
}
