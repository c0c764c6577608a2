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

    @Test
    void argumentIsCheckedBeforeReceiver() {
        assertThat(js("return StringDecoder.prototype.write.call({}, 'x');")).isEqualTo("x");
        assertThat(js("try { StringDecoder.prototype.write.call({}, null); } catch (e) { return e.code; }"))
                .isEqualTo("ERR_INVALID_ARG_TYPE");
        assertThat(js("try { StringDecoder.prototype.write.call({}, Buffer.from('a')); } catch (e) { return e.code; }"))
                .isEqualTo("ERR_INVALID_THIS");
        assertThat(js("try { StringDecoder.prototype.end.call({}); } catch (e) { return e.name; }"))
                .isEqualTo("TypeError");
    }

    @Test
    void textSlicesTheViewByElements() {
        assertThat(js("const d = new StringDecoder(); d.write(Buffer.from([0xe2]));"
                + "return d.text(new Uint16Array([0x4141, 0x4242]), 1) + d.text('abc', 1) + d.lastNeed;"))
                .isEqualTo("BBbc0");
    }

    @Test
    void stateGettersAndEncodingNames() {
        assertThat(js("const d = new StringDecoder('UCS-2'); d.write(Buffer.from([0x3d, 0xd8, 0x4d]));"
                + "return JSON.stringify([d.encoding, [...d.lastChar], Buffer.isBuffer(d.lastChar), d.lastNeed, d.lastTotal]);"))
                .isEqualTo("[\"utf16le\",[77,0,0,0],true,1,2]");
        assertThat(js("return ['binary', 'HEX', 'base64url', null, ''].map((e) => new StringDecoder(e).encoding).join();"))
                .isEqualTo("latin1,hex,base64url,utf8,utf8");
        assertThat(js("try { new StringDecoder(false); } catch (e) { return e.code + ' ' + e.message; }"))
                .isEqualTo("ERR_UNKNOWN_ENCODING Unknown encoding: false");
    }

    @Test
    void viewsAndEndWithAChunk() {
        assertThat(js("const u = Buffer.from('xh\u00e9llo'); const d = new StringDecoder();"
                + "return d.write(new DataView(u.buffer, u.byteOffset + 1, 3)) + '|' + d.end(new Uint8Array(u.buffer, u.byteOffset + 4, 3));"))
                .isEqualTo("h\u00e9|llo");
        assertThat(js("const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2])); return d.end() + '|' + d.end();"))
                .isEqualTo("\uFFFD|");
    }
}
