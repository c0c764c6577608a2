package dev.node4j.string_decoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** Characters split across writes, with the state Node exposes (values recorded from Node 25). */
class StringDecoderTest {
    static final ByteArrayOutputStream out = new ByteArrayOutputStream();
    static NodeRuntime node;

    @BeforeAll
    static void start() {
        node = NodeRuntime.builder().stdout(out).stderr(out).build();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static String js(String code) {
        return node.eval("(function(){ const require = (id) => globalThis[Symbol.for('node4j.require')]('node:' + id);"
                + "const { StringDecoder } = require('string_decoder');" + code + "})()").toString();
    }

    @Test
    void utf8SplitAndBroken() {
        assertThat(js("const d = new StringDecoder('utf8'); const a = d.write(Buffer.from([0xe0, 0x80]));"
                + "return JSON.stringify([a, d.lastNeed, d.lastTotal, d.end()]);"))
                .isEqualTo("[\"\",1,3,\"\uFFFD\uFFFD\"]");
        assertThat(js("const d = new StringDecoder(); return d.write(Buffer.from([0xe2])) + '|' + d.write(Buffer.from([0x41]));"))
                .isEqualTo("|\uFFFDA");
    }

    @Test
    void utf16KeepsHighSurrogateOnlyAtTheEnd() {
        assertThat(js("const d = new StringDecoder('utf16le'); const a = d.write(Buffer.from([0x3d, 0xd8, 0x00]));"
                + "return JSON.stringify([a, d.lastNeed, d.lastTotal, d.end()]);"))
                .isEqualTo("[\"\\ud83d\",1,2,\"\"]");
    }

    @Test
    void base64CarriesRemainders() {
        assertThat(js("const d = new StringDecoder('base64'); return [d.write(Buffer.from('ab')), d.write(Buffer.from('c')),"
                + " d.end(Buffer.from('de'))].join('|');"))
                .isEqualTo("|YWJj|ZGU=");
    }
}
