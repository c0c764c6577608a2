package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The facade end to end through the embedding API. */
class CryptoFacadeTest {
    private static String run(String js) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval(js, false);
            assertThat(code).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void hashHmacAndCipher() {
        assertThat(run("const c = require('crypto');"
                + "console.log(c.createHash('sha256').update('abc').digest('hex'));"
                + "console.log(c.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'));"
                + "const k = Buffer.alloc(32), iv = Buffer.alloc(12);"
                + "const e = c.createCipheriv('aes-256-gcm', k, iv);"
                + "console.log(Buffer.concat([e.update(Buffer.alloc(16)), e.final()]).toString('hex'),"
                + " e.getAuthTag().toString('hex'));"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
                        + "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\n"
                        + "cea7403d4d606b6e074ec5d3baf39d18 d0d1c8a799996bf0265b98b5d48ab919\n");
    }

    @Test
    void signVerifyWithGeneratedKeys() {
        assertThat(run("const c = require('crypto');"
                + "const { publicKey, privateKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-256' });"
                + "const s = c.sign('sha256', Buffer.from('m'), privateKey);"
                + "console.log(c.verify('sha256', Buffer.from('m'), publicKey, s),"
                + " c.verify('sha256', Buffer.from('n'), publicKey, s));"))
                .isEqualTo("true false\n");
    }
}
