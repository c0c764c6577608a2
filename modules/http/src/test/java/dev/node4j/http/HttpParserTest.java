package dev.node4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The JS-facing adapter: ArrayBuffer input, the three callbacks, as the http facade calls them. */
class HttpParserTest {
    private static final HostAccess ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT)
        .allowArrayAccess(true).allowBufferAccess(true).build();
    private static final Engine ENGINE = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();

    private static String run(String script) {
        try (Context cx = Context.newBuilder("js").engine(ENGINE).allowHostAccess(ACCESS).build()) {
            Value fn = cx.eval("js", "(function (binding) { const latin1 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));"
                + script + "})");
            return fn.execute(new HttpBinding(null)).asString();
        }
    }

    @Test
    void callbacksSeeHeadBodyAndCompletion() {
        String out = run("""
            const log = [];
            const p = binding.parser('request', 0, false,
              (maj, min, raw, method, url, status, msg, upgrade, keepAlive) => {
                log.push([maj, min, Array.from(raw).join('|'), method, url, status, msg, upgrade, keepAlive].join(','));
              },
              (chunk) => log.push('body ' + new Uint8Array(chunk).length + ' ' + String.fromCharCode(...new Uint8Array(chunk))),
              () => log.push('complete ' + Array.from(p.trailers()).join('|')));
            const bytes = latin1('xxPOST /u HTTP/1.1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n'
              + '2\\r\\nhi\\r\\n0\\r\\nT: 1\\r\\n\\r\\n');
            log.push(p.execute(bytes.buffer, 2, bytes.length - 2), p.headersDone());
            return log.join('\\n');
            """);
        assertThat(out).isEqualTo(String.join("\n",
            "1,1,Transfer-Encoding|chunked,POST,/u,0,,false,true", "body 2 hi", "complete T|1", "66", "false"));
    }

    @Test
    void trueFromOnHeadersSkipsTheBody() {
        String out = run("""
            const log = [];
            const p = binding.parser('response', 0, false, (maj, min, raw, method, url, status, msg) => {
                log.push(status + ' ' + msg + ' ' + method + ' ' + url); return true; },
              () => log.push('body'), () => log.push('complete'));
            const bytes = latin1('HTTP/1.1 200 OK\\r\\nContent-Length: 5\\r\\n\\r\\n');
            log.push(p.execute(bytes.buffer, 0, bytes.length));
            return log.join(',');
            """);
        assertThat(out).isEqualTo("200 OK null null,complete,38");
    }

    @Test
    void errorsAndFinish() {
        String out = run("""
            const p = binding.parser('request', 0, false, () => {}, () => {}, () => {});
            const bad = latin1('GET / HTTP/1.1\\r\\nA B: c\\r\\n\\r\\n');
            const r = [p.execute(bad.buffer, 0, bad.length), p.errorCode(), p.errorReason(), p.errorOffset()];
            p.reset('request');
            const cut = latin1('GET / HTTP/1.1\\r\\n');
            r.push(p.execute(cut.buffer, 0, cut.length), p.finish(), p.errorCode(), p.errorReason());
            p.close();
            return r.join(',');
            """);
        assertThat(out).isEqualTo("-1,HPE_INVALID_HEADER_TOKEN,Invalid header token,17,16,-1,HPE_INVALID_EOF_STATE,Invalid EOF state");
    }
}
