package dev.node4j.zlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The facade end to end through the embedding API. */
class ZlibFacadeTest {
    private static String run(String js) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval(js, false);
            assertThat(code).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void syncAndCallbackRoundTrips() {
        assertThat(run("const z = require('zlib');"
                + "console.log(z.gunzipSync(z.gzipSync('abc')).toString(), z.deflateSync('abc').toString('hex'));"
                + "z.deflateRaw(Buffer.from('xyz'), (e, b) => z.inflateRaw(b, (e2, r) => console.log(e, e2, r.toString())));"))
                .isEqualTo("abc 789c4b4c4a0600024d0127\nnull null xyz\n");
    }

    @Test
    void errorsLookLikeNodes() {
        assertThat(run("const z = require('zlib');"
                + "try { z.inflateSync(Buffer.from('nope')); } catch (e) { console.log(e.message, e.errno, e.code); }"
                + "try { z.deflateSync(1); } catch (e) { console.log(e.code); }"
                + "try { new z.Deflate({ level: 42 }); } catch (e) { console.log(e.message); }"))
                .isEqualTo("incorrect header check -3 Z_DATA_ERROR\nERR_INVALID_ARG_TYPE\n"
                        + "The value of \"options.level\" is out of range. It must be >= -1 and <= 9. Received 42\n");
    }

    @Test
    void streamsPipeThroughEachOther() {
        assertThat(run("const z = require('zlib');"
                + "const g = z.createGzip(), u = z.createGunzip(); let s = '';"
                + "g.pipe(u).on('data', (c) => { s += c; }).on('end', () => console.log(s, z.crc32(s)));"
                + "g.write('hello '); g.end('world');"))
                .isEqualTo("hello world 222957957\n");
    }
}
