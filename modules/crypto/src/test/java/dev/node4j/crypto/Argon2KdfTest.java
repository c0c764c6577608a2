package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9106 section 5 vectors: 32-byte tags, 32 KiB, 3 passes, 4 lanes, secret and associated data. */
class Argon2KdfTest {
    private static byte[] filled(int n, int v) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) v);
        return b;
    }

    @ParameterizedTest
    @CsvSource({
        "0, 512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb",
        "1, c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8",
        "2, 0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659",
    })
    void rfc9106Vectors(int type, String hex) {
        byte[] tag = Argon2Kdf.derive(type, filled(32, 1), filled(16, 2), filled(8, 3), filled(12, 4), 4, 32, 32, 3);
        assertThat(HexFormat.of().formatHex(tag)).isEqualTo(hex);
    }
}
