package dev.node4j.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.node4j.core.NodeRuntime;

/** fetch against a loopback server: method, headers, body both ways, status, redirects. */
class FetchTest {
    HttpServer server;
    String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", ex -> {
            byte[] in = ex.getRequestBody().readAllBytes();
            String reply = ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(in, StandardCharsets.UTF_8);
            byte[] out = reply.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.getResponseHeaders().add("Set-Cookie", "a=1");
            ex.getResponseHeaders().add("Set-Cookie", "b=2");
            ex.sendResponseHeaders(201, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/echo");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String run(String js) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval("const base = '" + base + "';\n" + js, false);
            assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void postsABodyAndReadsTheResponse() {
        String out = run("""
                fetch(base + '/echo', { method: 'post', headers: { 'x-test': 'yes' }, body: 'hi' })
                  .then(async (r) => process.stdout.write([r.status, r.statusText, r.ok, r.headers.get('content-type'),
                    r.headers.getSetCookie().join('|'), await r.text()].join(';')));
                """);
        assertThat(out).isEqualTo("201;Created;true;text/plain;a=1|b=2;POST yes hi");
    }

    @Test
    void followsRedirectsUnlessManual() {
        String out = run("""
                (async () => {
                  const a = await fetch(base + '/moved');
                  const b = await fetch(base + '/moved', { redirect: 'manual' });
                  process.stdout.write([a.status, a.redirected, a.url.endsWith('/echo'), b.status].join(';'));
                })();
                """);
        assertThat(out).isEqualTo("201;true;true;302");
    }

    @Test
    void connectionErrorsRejectWithFetchFailed() {
        String out = run("""
                fetch('http://127.0.0.1:1/').catch((e) => process.stdout.write(e.name + ': ' + e.message + ' ' + (e.cause instanceof Error)));
                """);
        assertThat(out).isEqualTo("TypeError: fetch failed true");
    }

    @Test
    void headersAreCaseInsensitiveAndSorted() {
        String out = run("""
                const h = new Headers([['B', '2'], ['a', '1']]); h.append('A', '3');
                process.stdout.write(JSON.stringify([...h]) + ' ' + h.has('b') + ' ' + new Response('x').headers.get('content-type'));
                """);
        assertThat(out).isEqualTo("[[\"a\",\"1, 3\"],[\"b\",\"2\"]] true text/plain;charset=UTF-8");
    }
}
