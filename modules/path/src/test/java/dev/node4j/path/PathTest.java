package dev.node4j.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.node4j.core.NodeRuntime;

/**
 * path.posix and path.win32 against node25-cases.txt: each line is a call and the JSON of what
 * node v25.8.1 returned, run there with cwd /tmp/h. Here the runtime's cwd option points at a
 * temporary ".../h" directory (not the JVM's), so the cwd-relative results are rewritten to it.
 */
class PathTest {
    private static final Pattern CASE = Pattern.compile("^(posix|win32)\\.(\\w+)\\((.*)\\) = (.*)$");

    private static Path cwd;
    private static NodeRuntime node;
    private static final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        cwd = Files.createDirectories(Files.createTempDirectory("node4j-path").resolve("h"));
        node = NodeRuntime.builder().cwd(cwd).stdout(out).stderr(out).build();
    }

    @AfterAll
    static void stop() throws IOException {
        node.close();
        Files.delete(cwd);
        Files.delete(cwd.getParent());
    }

    static Stream<String> cases() throws IOException {
        try (InputStream in = PathTest.class.getResourceAsStream("node25-cases.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(60);
            return lines.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNode(String line) {
        Matcher m = CASE.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        String call = "JSON.stringify(require('path')." + m.group(1) + "." + m.group(2) + "(..." + m.group(3) + "))";
        String expected = m.group(4)
            .replace("/tmp/h", cwd.toString())
            .replace("\\\\tmp\\\\h", cwd.toString().replace("/", "\\\\"));
        assertThat(node.eval(call).asString()).as(call).isEqualTo(expected);
    }

    @Test
    void parseThenFormatGivesThePathBack() {
        String js = """
                (() => { const bad = [];
                  for (const [f, list] of Object.entries({
                    posix: ['/home/user/dir/file.txt', 'rel/.bashrc', '/', 'a.b.c', './x', '/a/b/', 'file'],
                    win32: ['C:\\\\path\\\\dir\\\\file.txt', '\\\\\\\\srv\\\\share\\\\f.ext', 'C:', 'C:file', 'C:\\\\', 'x\\\\y.z'] }))
                    for (const p of list) {
                      const back = require('path')[f].format(require('path')[f].parse(p));
                      if (back !== p && back !== p.replace(/[\\\\/]$/, '')) bad.push(f + ':' + p + '->' + back);
                    }
                  return bad.join(';'); })()
                """;
        assertThat(node.eval(js).asString()).isEmpty();
    }

    @Test
    void flavoursAndSeparators() {
        assertThat(node.eval("const p = require('path'); [p.sep, p.delimiter, p.win32.sep, p.win32.delimiter, p === p.posix,"
                + " p.posix.win32 === p.win32, p.win32.posix === p.posix, require('path/posix') === p.posix,"
                + " require('path/win32') === p.win32].join(' ')").asString())
            .isEqualTo("/ : \\ ; true true true true true");
    }

    @Test
    void invalidArgumentsThrowErrInvalidArgTypeWithNodesText() {
        String js = """
                (() => { const path = require('path'); const lines = [];
                  for (const thunk of [() => path.join('a', 1), () => path.basename(null), () => path.resolve({}),
                      () => path.win32.relative('a', 5), () => path.basename('a', 7n), () => path.format('x'), () => path.parse(undefined)]) {
                    try { thunk(); lines.push('no throw'); } catch (e) { lines.push(e.name + ' [' + e.code + '] ' + e.message); }
                  }
                  return lines.join('\\n'); })()
                """;
        assertThat(node.eval(js).asString()).isEqualTo("""
                TypeError [ERR_INVALID_ARG_TYPE] The "path" argument must be of type string. Received type number (1)
                TypeError [ERR_INVALID_ARG_TYPE] The "path" argument must be of type string. Received null
                TypeError [ERR_INVALID_ARG_TYPE] The "paths[0]" argument must be of type string. Received an instance of Object
                TypeError [ERR_INVALID_ARG_TYPE] The "to" argument must be of type string. Received type number (5)
                TypeError [ERR_INVALID_ARG_TYPE] The "suffix" argument must be of type string. Received type bigint (7n)
                TypeError [ERR_INVALID_ARG_TYPE] The "pathObject" argument must be of type object. Received type string ('x')
                TypeError [ERR_INVALID_ARG_TYPE] The "path" argument must be of type string. Received undefined""");
    }
}
