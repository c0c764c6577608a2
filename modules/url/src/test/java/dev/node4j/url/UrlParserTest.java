package dev.node4j.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class UrlParserTest {
    private static String href(String input, String base) {
        UrlRecord b = base == null ? null : UrlParser.parse(base, null);
        UrlRecord u = UrlParser.parse(input, b);
        return u == null ? null : u.href(false);
    }

    @Test
    void normalizesSpecialUrls() {
        assertThat(href("HTTP://EXAMPLE.com:80/a/./b/../c?q r#f g", null))
                .isEqualTo("http://example.com/a/c?q%20r#f%20g");
        assertThat(href("https://0x7f.1/", null)).isEqualTo("https://127.0.0.1/");
        assertThat(href("http://[0:0:0:0:0:0:0:1]:8080/", null)).isEqualTo("http://[::1]:8080/");
        assertThat(href("file:///C|/x/../..", null)).isEqualTo("file:///C:/");
    }

    @Test
    void resolvesAgainstBase() {
        assertThat(href("../d?x", "http://h/a/b/c")).isEqualTo("http://h/a/d?x");
        assertThat(href("//other/p", "https://h/a")).isEqualTo("https://other/p");
        assertThat(href("#frag", "mailto:someone")).isEqualTo("mailto:someone#frag");
    }

    @Test
    void rejectsInvalidInput() {
        assertThat(href("http://exa mple.com", null)).isNull();
        assertThat(href("http://1.2.3.256", null)).isNull();
        assertThat(href("relative", null)).isNull();
        assertThat(href("http://[::1", null)).isNull();
    }

    @Test
    void idnaHostsBecomePunycode() {
        assertThat(href("http://bücher.de/", null)).isEqualTo("http://xn--bcher-kva.de/");
    }

    @Test
    void urlAndSearchParamsInJs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval("""
                const u = new URL('https://a.com/p?x=1');
                u.searchParams.append('y', 'a b');
                u.port = '8443';
                console.log(u.href, URL.canParse('nope'), require('url').fileURLToPath('file:///t%20x'));
                try { new URL('nope'); } catch (e) { console.log(e.code, e.input); }
                """, false);
            assertThat(code).isZero();
            assertThat(out.toString()).isEqualTo("https://a.com:8443/p?x=1&y=a+b false /t x\nERR_INVALID_URL nope\n");
        }
    }
}
