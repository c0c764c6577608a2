package dev.node4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/**
 * new URL(input, base) on node4j against what Node 24 answered for the same ~3,300 inputs
 * (url-cases.json, made by src/test/js/make-url-cases.js): every getter, or the error thrown.
 */
class UrlCasesTest {
    private static final String CHECK = """
            (function (text) {
              const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
                'port', 'pathname', 'search', 'hash'];
              const bad = [];
              for (const [input, base, ...want] of JSON.parse(text)) {
                let got;
                try {
                  const u = base === null ? new URL(input) : new URL(input, base);
                  got = fields.map((f) => u[f]);
                } catch (e) {
                  got = [e.name, e.code, e.message];
                }
                const can = URL.canParse(input, base ?? undefined);
                if (JSON.stringify(got) !== JSON.stringify(want) || can !== (want.length === fields.length)) {
                  bad.push(`${JSON.stringify([input, base])}\\n  node24 ${JSON.stringify(want)}` +
                    `\\n  node4j ${JSON.stringify(got)} canParse ${can}`);
                }
              }
              return `${bad.length} mismatches\\n${bad.slice(0, 20).join('\\n')}`;
            })
            """;

    @Test
    void matchesNode24() throws IOException {
        String cases;
        try (InputStream in = UrlCasesTest.class.getResourceAsStream("url-cases.json")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            String report = node.eval(CHECK).execute(cases).asString();
            assertThat(report).isEqualTo("0 mismatches\n");
        }
    }

    /** CommonUrlParser must answer as the state machine does wherever it answers at all. */
    @Test
    void commonShapeAgreesWithStateMachine() {
        String[] seeds = {
            "https://user:pw@example.com:8080/p/a/t/h?query=string&x=1#hash", "http://a.b/", "ws://x:0/..",
            "wss://u@h.c:443?q#f", "ftp://A.B.:21/%2e/x", "https://:p@h/a/./b?#", "http://h:00080/%2E%2e?x#y#z",
        };
        String alphabet = "/:@?#.%2eE0aZ-_\\[]^`{}<>\"' \t\u0000\u007f\u00fcxn-\ud800";
        java.util.Random random = new java.util.Random(7);
        int answered = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder in = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int k = random.nextInt(4); k >= 0; k--) {
                int at = random.nextInt(in.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> in.insert(at, c);
                    case 1 -> { if (at < in.length()) in.setCharAt(at, c); }
                    default -> { if (at < in.length()) in.deleteCharAt(at); }
                }
            }
            String input = in.toString();
            String common = CommonUrlParser.encoded(input);
            if (common == null) continue;
            answered++;
            UrlRecord url = UrlParser.parse(input, null);
            assertThat(url).as(input).isNotNull();
            assertThat(common).as(input).isEqualTo(UrlRecord.withoutHref(url.encoded(), input));
        }
        assertThat(answered).isGreaterThan(5_000);   // the mutations leave many inputs for it to answer
    }

    @Test
    void offsetsBeyond16Bits() {
        String path = "/" + "p".repeat(70_000);
        String href = "https://a.com" + path + "?q#h";
        // the common shape, with and without the href; the state machine
        for (String input : new String[] {href, "https://A.com" + path + "?q#h", "https://a.com:443" + path + "?q#h",
                "https:a.com" + path + "?q#h"}) {
            String s = new UrlBinding().parse(input, null);
            int h = UrlRecord.OFFSETS * 2;
            String got = s.length() == h ? input : s.substring(h);
            int search = (s.charAt(20) << 16) | s.charAt(21);   // SEARCH_START
            assertThat(got).isEqualTo(href);
            assertThat(got.substring(search, search + 2)).isEqualTo("?q");
        }
    }
}
