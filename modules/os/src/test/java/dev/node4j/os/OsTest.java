package dev.node4j.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** os on Linux, checked against the JVM's own view of the machine and node v25.8.1's output. */
class OsTest {
    private static final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private static NodeRuntime node;

    @BeforeAll
    static void start() {
        node = NodeRuntime.builder().stdout(out).stderr(out)
            .env(Map.of("HOME", "/home/someone", "TMPDIR", "/var/tmp/", "PATH", "/usr/bin")).build();
        node.eval("var os = require('os');");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Value js(String code) {
        return node.eval(code);
    }

    @Test
    void constantFactsAndTheJvmAgree() {
        assertThat(System.getProperty("os.name")).isEqualTo("Linux");
        assertThat(js("os.EOL").asString()).isEqualTo("\n");
        assertThat(js("os.devNull").asString()).isEqualTo("/dev/null");
        assertThat(js("os.platform()").asString()).isEqualTo("linux");
        assertThat(js("os.type()").asString()).isEqualTo(System.getProperty("os.name"));
        assertThat(js("os.endianness()").asString()).isEqualTo("LE");
        String jvmArch = System.getProperty("os.arch");
        String nodeArch = switch (jvmArch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            default -> jvmArch;
        };
        assertThat(js("os.arch()").asString()).isEqualTo(nodeArch);
        assertThat(js("os.machine()").asString()).isEqualTo(nodeArch.equals("x64") ? "x86_64" : jvmArch);
        assertThat(js("os.release()").asString()).isEqualTo(System.getProperty("os.version"));
        // Node lets these functions stand in for their value in template strings.
        assertThat(js("`${os.platform}/${os.arch}`").asString()).isEqualTo("linux/" + nodeArch);
    }

    @Test
    void cpusAndMemory() {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(js("os.availableParallelism()").asInt()).isEqualTo(processors);
        assertThat(js("os.cpus().length").asInt()).isEqualTo(processors);
        assertThat(js("os.cpus().every(c => typeof c.model === 'string' && c.speed >= 0 && "
                + "['user', 'nice', 'sys', 'idle', 'irq'].every(k => Number.isInteger(c.times[k]) && c.times[k] >= 0))").asBoolean())
            .isTrue();
        assertThat(js("os.totalmem() > os.freemem() && os.freemem() > 0 && Number.isInteger(os.totalmem())").asBoolean()).isTrue();
        assertThat(js("os.uptime() > 0 && os.loadavg().length === 3 && os.loadavg().every(n => n >= 0)").asBoolean()).isTrue();
    }

    @Test
    void userInfoHomedirAndTmpdir() {
        assertThat(js("os.userInfo().username").asString()).isEqualTo(System.getProperty("user.name"));
        assertThat(js("Object.keys(os.userInfo()).join()").asString()).isEqualTo("uid,gid,username,homedir,shell");
        assertThat(js("require('buffer').Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username)").asBoolean()).isTrue();
        // From the runtime's env option, a trailing slash of TMPDIR removed (as Node prints: /home/someone /var/tmp).
        assertThat(js("os.homedir() + ' ' + os.tmpdir()").asString()).isEqualTo("/home/someone /var/tmp");
    }

    @Test
    void loopbackInterface() {
        assertThat(js("JSON.stringify(os.networkInterfaces().lo.find(a => a.family === 'IPv4'))").asString())
            .isEqualTo("{\"address\":\"127.0.0.1\",\"netmask\":\"255.0.0.0\",\"family\":\"IPv4\","
                + "\"mac\":\"00:00:00:00:00:00\",\"internal\":true,\"cidr\":\"127.0.0.1/8\"}");
    }

    @Test
    void constants() {
        assertThat(js("[os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.signals.SIGINT,"
                + " os.constants.errno.ENOENT, os.constants.errno.EACCES, os.constants.priority.PRIORITY_HIGH,"
                + " Object.isFrozen(os.constants.signals)].join()").asString())
            .isEqualTo("15,9,2,2,13,-14,true");
    }

    @Test
    void priorityIsHonestlyNotImplemented() {
        assertThat(js("try { os.getPriority(); 'no throw' } catch (e) { e.name + ' ' + e.code + ' ' + e.message }").asString())
            .isEqualTo("Error ERR_NOT_IMPLEMENTED os.getPriority is not implemented in node4j");
        assertThat(js("try { os.setPriority(0, 1); 'no throw' } catch (e) { e.code }").asString()).isEqualTo("ERR_NOT_IMPLEMENTED");
        // Argument validation still comes first, with Node's text.
        assertThat(js("try { os.getPriority('x'); 'no throw' } catch (e) { e.name + ' ' + e.code + ' ' + e.message }").asString())
            .isEqualTo("TypeError ERR_INVALID_ARG_TYPE The \"pid\" argument must be of type number. Received type string ('x')");
    }
}
