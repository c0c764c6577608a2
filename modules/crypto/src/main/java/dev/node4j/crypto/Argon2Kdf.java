package dev.node4j.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** crypto.argon2: Argon2d/i/id version 0x13 (RFC 9106) on Bouncy Castle's generator. */
final class Argon2Kdf {
    private Argon2Kdf() {}

    private static final int[] TYPES = {
        Argon2Parameters.ARGON2_d, Argon2Parameters.ARGON2_i, Argon2Parameters.ARGON2_id,
    };

    /** Limits are checked in JS as Node does; values above int range fail as out of memory would. */
    static byte[] derive(int type, byte[] message, byte[] nonce, byte[] secret, byte[] associatedData,
            int parallelism, long tagLength, long memoryKiB, long passes) {
        if (tagLength > Integer.MAX_VALUE - 8 || memoryKiB > Integer.MAX_VALUE || passes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("argon2 parameters beyond what this JVM can hold");
        }
        Argon2Parameters params = new Argon2Parameters.Builder(TYPES[type])
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(nonce)
                .withSecret(secret)
                .withAdditional(associatedData)
                .withParallelism(parallelism)
                .withMemoryAsKB((int) memoryKiB)
                .withIterations((int) passes)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] tag = new byte[(int) tagLength];
        gen.generateBytes(message, tag);
        return tag;
    }
}
