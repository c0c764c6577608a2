package dev.node4j.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** util.MIMEType / MIMEParams, util.diff and util.parseEnv from JS (expected output from Node 25.8.1). */
class UtilMimeDiffEnvTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval("const util = require('util'); const w = (s) => process.stdout.write(s + '\\n');\n"
                + "const j = (v) => w(JSON.stringify(v));\n" + code, false);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void mimeTypeRoundTripAndSetters() {
        assertThat(run("const m = new util.MIMEType('Text/HTML; Charset=\"utf-8\"; q=1');"
                + "j([m.type, m.subtype, m.essence, m.params.get('charset'), String(m), m.toJSON === m.toString]);"
                + "m.subtype = 'PLAIN'; m.params.set('name', 'a b'); m.params.delete('q'); w(m);"
                + "try { m.type = ''; } catch (e) { w(`${e.name} ${e.code} ${e.message}`); }"
                + "w(util.inspect(m));"))
            .isEqualTo("[\"text\",\"html\",\"text/html\",\"utf-8\",\"text/html;charset=utf-8;q=1\",true]\n"
                + "text/plain;charset=utf-8;name=\"a b\"\n"
                + "TypeError ERR_INVALID_MIME_SYNTAX The MIME syntax for a type in \"\" is invalid\n"
                + "MIMEType {}\n");
    }

    @Test
    void mimeParamsIterationIsLive() {
        assertThat(run("const p = new util.MIMEParams(); p.set('a', '1'); const it = p[Symbol.iterator]();"
                + "p.set('b', '2'); j([...it]); j([[...p.keys()], [...p.values()], p.get('z'), p.has('a'), p.toJSON()]);"
                + "j(p[Symbol.iterator] === p.entries);"))
            .isEqualTo("[[\"a\",\"1\"],[\"b\",\"2\"]]\n[[\"a\",\"b\"],[\"1\",\"2\"],null,true,\"a=1;b=2\"]\ntrue\n");
    }

    @Test
    void diffGivesForwardOpsAndValidates() {
        assertThat(run("j(util.diff('abc', 'abd')); j(util.diff(['a', 'b'], ['a', 'b'])); j(util.diff('x', 'x'));"
                + "try { util.diff(['a', 1], []); } catch (e) { w(`${e.code} ${e.message}`); }"))
            .isEqualTo("[[0,\"a\"],[0,\"b\"],[1,\"c\"],[-1,\"d\"]]\n[[0,\"a\"],[0,\"b\"]]\n[]\n"
                + "ERR_INVALID_ARG_TYPE The \"actual[1]\" argument must be of type string. Received type number (1)\n");
    }

    @Test
    void parseEnvGivesNullPrototypeObject() {
        assertThat(run("const e = util.parseEnv('B=2\\nA=\"x\\\\ny\"'); j([Object.getPrototypeOf(e), Object.entries(e)]);"))
            .isEqualTo("[null,[[\"A\",\"x\\ny\"],[\"B\",\"2\"]]]\n");
    }
}
