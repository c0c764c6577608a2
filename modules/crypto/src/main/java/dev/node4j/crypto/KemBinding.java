package dev.node4j.crypto;

import java.security.SecureRandom;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/**
 * {@code crypto.encapsulate} / {@code decapsulate} and ML-KEM key generation for the JS facade
 * ({@link Kem} does the work). Bytes go back as latin1 strings, as in {@link CryptoBinding}.
 */
public final class KemBinding {
    private final CryptoBinding b;
    private final NodeEnv env;
    private final SecureRandom random = new SecureRandom();

    KemBinding(CryptoBinding b, NodeEnv env) {
        this.b = b;
        this.env = env;
    }

    /** A new ML-KEM private key of the given type ("ml-kem-512", "ml-kem-768", "ml-kem-1024"). */
    @HostAccess.Export
    public AsymKey generate(String type) {
        try {
            return Kem.generateMlKem(type, random);
        } catch (java.io.IOException e) {
            throw b.fail("Error", "ERR_CRYPTO_OPERATION_FAILED", "Key generation job failed");
        }
    }

    /** [sharedKey, ciphertext] for the key's public half. */
    @HostAccess.Export
    public String[] encapsulate(AsymKey key) {
        try {
            Kem.Encapsulated e = Kem.encapsulate(key, random);
            return new String[] {CryptoBinding.latin1(e.sharedKey()), CryptoBinding.latin1(e.ciphertext())};
        } catch (Kem.KemException e) {
            throw b.fail("Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to perform encapsulation");
        }
    }

    @HostAccess.Export
    public String decapsulate(AsymKey key, Value ab, int off, int len) {
        try {
            return CryptoBinding.latin1(Kem.decapsulate(key, CryptoBinding.read(ab, off, len), random));
        } catch (Kem.KemException e) {
            throw b.fail("Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to perform decapsulation");
        }
    }

    /** Encapsulates on the thread pool, then cb(err) or cb(null, sharedKey, ciphertext) on the JS thread. */
    @HostAccess.Export
    public void encapsulateAsync(AsymKey key, Value cb) {
        env.loop().submit(() -> Kem.encapsulate(key, random), (res, err) -> {
            if (err != null) env.invoke(cb, String.valueOf(err.getMessage()));
            else env.invoke(cb, null, CryptoBinding.latin1(res.sharedKey()), CryptoBinding.latin1(res.ciphertext()));
        });
    }

    /** Decapsulates on the thread pool, then cb(err) or cb(null, sharedKey) on the JS thread. */
    @HostAccess.Export
    public void decapsulateAsync(AsymKey key, Value ab, int off, int len, Value cb) {
        byte[] ct = CryptoBinding.read(ab, off, len);
        env.loop().submit(() -> Kem.decapsulate(key, ct, random), (res, err) -> {
            if (err != null) env.invoke(cb, String.valueOf(err.getMessage()));
            else env.invoke(cb, null, CryptoBinding.latin1(res));
        });
    }
}
