package dev.node4j.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;

import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.util.BigIntegers;
import org.graalvm.polyglot.HostAccess;

/**
 * Finite-field Diffie-Hellman state behind crypto.DiffieHellman / DiffieHellmanGroup: prime,
 * generator and an optional key pair. Bytes leave as latin1 strings (big-endian, unsigned).
 */
public final class Dh {
    static final int P_NOT_PRIME = 0x01;
    static final int P_NOT_SAFE_PRIME = 0x02;
    static final int NOT_SUITABLE_GENERATOR = 0x08;
    static final int MODULUS_TOO_SMALL = 0x80;

    /** The named MODP groups of RFC 2409 / RFC 3526, as getDiffieHellman() knows them. */
    static final Map<String, DHParameters> GROUPS = Map.of(
            "modp1", DHStandardGroups.rfc2409_768, "modp2", DHStandardGroups.rfc2409_1024,
            "modp5", DHStandardGroups.rfc3526_1536, "modp14", DHStandardGroups.rfc3526_2048,
            "modp15", DHStandardGroups.rfc3526_3072, "modp16", DHStandardGroups.rfc3526_4096,
            "modp17", DHStandardGroups.rfc3526_6144, "modp18", DHStandardGroups.rfc3526_8192);

    final BigInteger p;
    final BigInteger g;
    BigInteger priv;
    BigInteger pub;
    private final boolean needsCheck;
    private int verifyError = -1;

    Dh(BigInteger p, BigInteger g, boolean check) {
        this.p = p;
        this.g = g;
        this.needsCheck = check;
    }

    /** OpenSSL's DH_check flags for parameters without q. */
    static int check(BigInteger p, BigInteger g) {
        int r = 0;
        if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            r |= NOT_SUITABLE_GENERATOR;
        }
        if (p.bitLength() < 512) r |= MODULUS_TOO_SMALL;
        if (!p.isProbablePrime(20)) r |= P_NOT_PRIME;
        else if (!p.shiftRight(1).isProbablePrime(20)) r |= P_NOT_SAFE_PRIME;
        return r;
    }

    private static final int[] SMALL_PRIMES = oddPrimesBelow(1 << 18);

    private static int[] oddPrimesBelow(int n) {
        boolean[] composite = new boolean[n];
        int[] out = new int[n / 2];
        int count = 0;
        for (int i = 3; i < n; i += 2) {
            if (composite[i]) continue;
            out[count++] = i;
            for (long j = (long) i * i; j < n; j += 2L * i) composite[(int) j] = true;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * A safe prime p = 2q + 1 of bits bits usable with generator g (p = 23 mod 24 for g = 2, 59 mod
     * 60 for g = 5, else 11 mod 12, as OpenSSL picks). Candidates q step by a fixed modulus and are
     * sieved by small primes (for q and p at once) before any Miller-Rabin test.
     */
    static BigInteger safePrime(int bits, int g, SecureRandom random) {
        int add = g == 2 ? 24 : g == 5 ? 60 : 12;
        int rem = g == 2 ? 23 : g == 5 ? 59 : 11;
        int qStep = add / 2;
        int qRem = (rem - 1) / 2;
        while (true) {
            BigInteger q0 = new BigInteger(bits - 1, random).setBit(bits - 2);
            q0 = q0.subtract(q0.mod(BigInteger.valueOf(qStep))).add(BigInteger.valueOf(qRem));
            int[] r = new int[SMALL_PRIMES.length];
            for (int i = 0; i < r.length; i++) r[i] = q0.mod(BigInteger.valueOf(SMALL_PRIMES[i])).intValue();
            for (int k = 0; k < 1 << 20; k++) {
                boolean ok = true;
                for (int i = 0; i < r.length && ok; i++) {
                    int s = SMALL_PRIMES[i];
                    long qm = (r[i] + (long) qStep * k) % s;
                    if (qm == 0 || (2 * qm + 1) % s == 0) ok = false;
                }
                if (!ok) continue;
                BigInteger q = q0.add(BigInteger.valueOf((long) qStep * k));
                BigInteger p = q.shiftLeft(1).add(BigInteger.ONE);
                if (p.bitLength() != bits) break;
                if (q.isProbablePrime(1) && p.isProbablePrime(40) && q.isProbablePrime(40)) return p;
            }
        }
    }

    int byteLength() {
        return (p.bitLength() + 7) / 8;
    }

    @HostAccess.Export
    public int verifyError() {
        // Computed on first use: the primality checks are slow for big primes.
        if (verifyError < 0) verifyError = needsCheck ? check(p, g) : 0;
        return verifyError;
    }

    @HostAccess.Export
    public String prime() {
        return CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(p));
    }

    @HostAccess.Export
    public String generator() {
        return CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(g));
    }

    /** The public key, or null when none is set. */
    @HostAccess.Export
    public String publicKey() {
        return pub == null ? null : CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(pub));
    }

    @HostAccess.Export
    public String privateKey() {
        return priv == null ? null : CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(priv));
    }

    void generateKeys(SecureRandom random) {
        if (priv == null) {
            BigInteger x;
            do {
                x = new BigInteger(p.bitLength() - 1, random);
            } while (x.signum() == 0);
            priv = x;
        }
        pub = g.modPow(priv, p);
    }

    /** The shared secret padded to the prime's length; negative codes: 1 too small, 2 too large. */
    Object computeSecret(BigInteger peer) {
        if (peer.compareTo(BigInteger.ONE) <= 0) return 1;
        if (peer.compareTo(p.subtract(BigInteger.ONE)) >= 0) return 2;
        return BigIntegers.asUnsignedByteArray(byteLength(), peer.modPow(priv, p));
    }
}
