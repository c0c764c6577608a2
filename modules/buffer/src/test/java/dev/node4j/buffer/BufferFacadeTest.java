package dev.node4j.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The facade through the binding: round trips that cross the Java/JS boundary both ways. */
class BufferFacadeTest {
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
                + code + "})()").toString();
    }

    @Test
    void longStringsGoThroughJava() {
        assertThat(js("const s = '\u20ac'.repeat(1000) + '\\ud800'; const b = Buffer.from(s);"
                + "return [b.length, b.toString() === s.slice(0, -1) + '\\ufffd', b instanceof Uint8Array,"
                + " Buffer.byteLength(s)].join();"))
                .isEqualTo("3003,true,true,3003");
    }

    @Test
    void encodingsRoundTrip() {
        assertThat(js("const b = Buffer.from('x'.repeat(100) + '\u00e9');"
                + "return ['hex','base64','base64url','latin1','utf16le'].map((e) => Buffer.from(b.toString(e), e).equals(b)).join();"))
                .isEqualTo("true,true,true,true,true");
    }

    @Test
    void searchAcrossTheBoundary() {
        assertThat(js("const b = Buffer.from('ab'.repeat(200) + 'needle' + 'ab'.repeat(10));"
                + "return [b.indexOf('needle'), b.lastIndexOf(Buffer.from('ab')), b.includes('nope'), b.indexOf('ab', -3)].join();"))
                .isEqualTo("400,424,false,424");
    }

    @Test
    void shortNeedlesPackedIntoIntsFindWhatANaiveSearchFinds() {
        // Needles of 1..16 bytes cross as four ints (every partial last int), longer as a buffer;
        // indexOf/includes without offset take a shorter way there.
        assertThat(js("const hay = Buffer.alloc(300); for (let i = 0; i < 300; i++) hay[i] = (i * 37) % 7 + 250;"
                + "const naive = (h, n, from, back) => { for (let i = back ? Math.min(from, h.length - n.length) : from;"
                + "  back ? i >= 0 : i <= h.length - n.length; back ? i-- : i++) {"
                + "  if (n.every((x, k) => h[i + k] === x)) return i; } return -1; };"
                + "let bad = 0;"
                + "for (let n = 1; n <= 20; n++) for (const at of [0, 1, 150, 299 - n]) {"
                + "  const needle = Buffer.from(hay.subarray(at, at + n));"
                + "  if (hay.indexOf(needle) !== naive(hay, needle, 0, false)) bad++;"
                + "  if (hay.includes(new Uint8Array(needle)) !== (naive(hay, needle, 0, false) >= 0)) bad++;"
                + "  for (const from of [0, 7, 200]) {"
                + "    if (hay.indexOf(needle, from) !== naive(hay, needle, from, false)) bad++;"
                + "    if (hay.lastIndexOf(needle, from) !== naive(hay, needle, from, true)) bad++; } }"
                + "const u = Buffer.from('ab'.repeat(150) + 'xyz', 'utf16le');"
                + "return [bad, u.indexOf('xyz', 0, 'utf16le'), u.indexOf(Buffer.from('bx', 'utf16le'), 0, 'utf16le'),"
                + " hay.indexOf(Buffer.alloc(3, 1)), hay.includes(Buffer.alloc(0)), Buffer.alloc(200).indexOf(new Uint8Array(201))].join();"))
                .isEqualTo("0,600,598,-1,true,-1");
    }

    @Test
    void writeNeverSplitsACharacter() {
        assertThat(js("const b = Buffer.alloc(4); const n = b.write('a\u20ac\u20ac'); return n + ':' + b.toString('hex');"))
                .isEqualTo("4:61e282ac");
        assertThat(js("const b = Buffer.alloc(100); const n = b.write('\u20ac'.repeat(60)); return String(n);"))
                .isEqualTo("99");
    }
}
