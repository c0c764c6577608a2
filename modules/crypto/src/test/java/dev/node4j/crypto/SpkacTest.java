package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The SPKAC fixture made by `openssl spkac` (compat-tests/fixtures/spkac_rsa.txt). */
class SpkacTest {
    private static byte[] fixture() throws Exception {
        return Files.readString(Path.of("../../compat-tests/fixtures/spkac_rsa.txt")).trim().getBytes();
    }

    @Test
    void parsesAndVerifies() throws Exception {
        Spkac s = Spkac.parse(fixture());
        assertThat(s).isNotNull();
        assertThat(s.challenge).isEqualTo("node4j-challenge");
        assertThat(s.verify()).isTrue();
        assertThat(s.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
    }

    @Test
    void aFlippedBitFailsVerificationButStillParses() throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(fixture());
        String text = new String(der, java.nio.charset.StandardCharsets.ISO_8859_1);
        der[text.indexOf("node4j-challenge")] ^= 1;
        Spkac s = Spkac.parse(Base64.getEncoder().encode(der));
        assertThat(s.challenge).isEqualTo("oode4j-challenge");
        assertThat(s.verify()).isFalse();
    }

    @Test
    void garbageIsNotAnSpkac() {
        assertThat(Spkac.parse("abc".getBytes())).isNull();
        assertThat(Spkac.parse(new byte[0])).isNull();
    }
}
