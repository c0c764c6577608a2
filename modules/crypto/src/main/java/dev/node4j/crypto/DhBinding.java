package dev.node4j.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** The Java side of crypto.DiffieHellman and DiffieHellmanGroup (state lives in {@link Dh}). */
public final class DhBinding {
    private final CryptoBinding b;
    private final SecureRandom random = new SecureRandom();

    DhBinding(CryptoBinding b) {
        this.b = b;
    }

    private static BigInteger big(Value ab, int off, int len) {
        return new BigInteger(1, CryptoBinding.read(ab, off, len));
    }

    private RuntimeException badGenerator() {
        throw b.fail("Error", "ERR_OSSL_DH_BAD_GENERATOR", "error:02800065:Diffie-Hellman routines::bad generator");
    }

    /** A named MODP group, or null when the name is unknown. */
    @HostAccess.Export
    public Dh group(String name) {
        var params = Dh.GROUPS.get(name);
        return params == null ? null : new Dh(params.getP(), params.getG(), false);
    }

    /** New parameters: a safe prime of bits bits with generator g. */
    @HostAccess.Export
    public Dh generate(int bits, int g) {
        if (bits < 512) {
            throw b.fail("Error", "ERR_OSSL_DH_MODULUS_TOO_SMALL",
                    "error:02800067:Diffie-Hellman routines::modulus too small");
        }
        if (g < 2) throw badGenerator();
        return new Dh(Dh.safePrime(bits, g, random), BigInteger.valueOf(g), false);
    }

    /** Given prime with a numeric generator. */
    @HostAccess.Export
    public Dh fromPrime(Value ab, int off, int len, int g) {
        if (g < 2) throw badGenerator();
        return new Dh(big(ab, off, len), BigInteger.valueOf(g), true);
    }

    /** Given prime with a generator given as big-endian bytes. */
    @HostAccess.Export
    public Dh fromPrimeBytes(Value ab, int off, int len, Value gab, int goff, int glen) {
        BigInteger g = big(gab, goff, glen);
        if (g.compareTo(BigInteger.ONE) <= 0) throw badGenerator();
        return new Dh(big(ab, off, len), g, true);
    }

    @HostAccess.Export
    public String generateKeys(Dh dh) {
        dh.generateKeys(random);
        return dh.publicKey();
    }

    @HostAccess.Export
    public void setPublicKey(Dh dh, Value ab, int off, int len) {
        dh.pub = big(ab, off, len);
    }

    @HostAccess.Export
    public void setPrivateKey(Dh dh, Value ab, int off, int len) {
        dh.priv = big(ab, off, len);
    }

    @HostAccess.Export
    public String computeSecret(Dh dh, Value ab, int off, int len) {
        if (dh.priv == null) {
            throw b.fail("Error", "ERR_CRYPTO_INVALID_STATE", "No private key - did you forget to generate one?");
        }
        Object r = dh.computeSecret(big(ab, off, len));
        if (r instanceof byte[] out) return CryptoBinding.latin1(out);
        throw b.fail("RangeError", "ERR_CRYPTO_INVALID_KEYLEN",
                ((Integer) r) == 1 ? "Supplied key is too small" : "Supplied key is too large");
    }
}
