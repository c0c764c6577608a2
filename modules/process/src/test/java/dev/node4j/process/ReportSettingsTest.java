package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** process.report's settings as the --report-* flags set them at start, in Node's property order. */
class ReportSettingsTest {
    private static final String SETTINGS = """
            JSON.stringify(Object.entries(Object.getOwnPropertyDescriptors(process.report))
              .filter(([, d]) => d.get).map(([k]) => [k, process.report[k]]))""";

    private static String settings(List<String> execArgv, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).execArgv(execArgv).build()) {
            return node.eval(code).asString();
        }
    }

    @Test
    void defaultsInNodesOrder() {
        assertThat(settings(List.of(), SETTINGS)).isEqualTo("[[\"directory\",\"\"],[\"filename\",\"\"],"
                + "[\"compact\",false],[\"excludeNetwork\",false],[\"signal\",\"SIGUSR2\"],"
                + "[\"reportOnFatalError\",false],[\"reportOnSignal\",false],[\"reportOnUncaughtException\",false],"
                + "[\"excludeEnv\",false]]");
    }

    @Test
    void flagsSetThemAndReportOnSignalListens() {
        List<String> flags = List.of("--report-on-signal", "--report-signal=SIGUSR1", "--report-compact",
                "--report-dir", "/tmp/r", "--report-filename=r.json", "--report-exclude-env",
                "--report-exclude-network", "--report-on-fatalerror", "--report-uncaught-exception");
        assertThat(settings(flags, SETTINGS)).isEqualTo("[[\"directory\",\"/tmp/r\"],[\"filename\",\"r.json\"],"
                + "[\"compact\",true],[\"excludeNetwork\",true],[\"signal\",\"SIGUSR1\"],"
                + "[\"reportOnFatalError\",true],[\"reportOnSignal\",true],[\"reportOnUncaughtException\",true],"
                + "[\"excludeEnv\",true]]");
        assertThat(settings(flags, "void process.report; process.listenerCount('SIGUSR1') + ''")).isEqualTo("1");
        assertThat(settings(List.of("--report-directory=/d"), "process.report.directory")).isEqualTo("/d");
    }

    @Test
    void settersValidateAndMoveTheSignalListener() {
        assertThat(settings(List.of("--report-on-signal"), """
                const r = process.report;
                const errors = [];
                for (const k of ['directory', 'compact', 'signal', 'reportOnSignal']) {
                  try { r[k] = 1; } catch (e) { errors.push(e.code + ' ' + e.message); }
                }
                try { r.signal = 'SIGNOPE'; } catch (e) { errors.push(e.code + ' ' + e.message); }
                r.signal = 'SIGHUP';
                const moved = process.listenerCount('SIGUSR2') + ',' + process.listenerCount('SIGHUP');
                r.reportOnSignal = false;
                const setter = Object.getOwnPropertyDescriptor(r, 'signal').set.name;
                [...errors, moved, process.listenerCount('SIGHUP'), setter].join('\\n')
                """)).isEqualTo("""
                ERR_INVALID_ARG_TYPE The "directory" argument must be of type string. Received type number (1)
                ERR_INVALID_ARG_TYPE The "compact" argument must be of type boolean. Received type number (1)
                ERR_INVALID_ARG_TYPE The "signal" argument must be of type string. Received type number (1)
                ERR_INVALID_ARG_TYPE The "trigger" argument must be of type boolean. Received type number (1)
                ERR_UNKNOWN_SIGNAL Unknown signal: SIGNOPE
                0,1
                0
                set signal""");
    }
}
