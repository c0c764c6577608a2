package dev.node4j.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;
import dev.node4j.core.NodeException;

/**
 * The Java work behind {@code crypto}: hashes, HMACs, random bytes and key derivation. Bytes come
 * in as {@code (arrayBuffer, offset, length)}; bytes go back as a string of chars 0-255 that JS
 * turns into a Buffer (the way modules/buffer measured fastest). Ciphers: {@link Ciphers}.
 */
public final class CryptoBinding {
    private final NodeEnv env;
    private final SecureRandom random = new SecureRandom();

    private final AsymBinding asym = new AsymBinding(this);
    private final DhBinding dh = new DhBinding(this);
    private final SubtleBinding subtle = new SubtleBinding();
    private KemBinding kem;

    CryptoBinding(NodeEnv env) {
        this.env = env;
    }

    /** The asymmetric half of the binding (keys, signatures, RSA, key agreement). */
    @HostAccess.Export
    public AsymBinding asym() {
        return asym;
    }

    /** Finite-field Diffie-Hellman objects. */
    @HostAccess.Export
    public DhBinding dh() {
        return dh;
    }

    /** Key encapsulation (crypto.encapsulate / decapsulate) and ML-KEM keys. */
    @HostAccess.Export
    public KemBinding kem() {
        if (kem == null) kem = new KemBinding(this, env);
        return kem;
    }

    /** Primitives only Web Crypto uses (AES-KW, AES-OCB, KMAC). */
    @HostAccess.Export
    public SubtleBinding subtle() {
        return subtle;
    }

    static byte[] read(Value ab, int off, int len) {
        byte[] b = new byte[len];
        if (len > 0) ab.readBuffer(off, b, 0, len);
        return b;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    RuntimeException fail(String cls, String code, String msg) {
        Value err = env.newError(new NodeException(cls, code, msg));
        // OpenSSL-style messages "error:XXXXXXXX:<library>::<reason>" carry library and reason, as in Node.
        var m = OSSL.matcher(msg == null ? "" : msg);
        if (m.matches()) {
            err.putMember("library", m.group(1));
            err.putMember("reason", m.group(2));
        }
        throw env.throwValue(err);
    }

    private static final java.util.regex.Pattern OSSL =
            java.util.regex.Pattern.compile("error:[0-9A-F]{8}:([^:]*):[^:]*:(.*)");

    // ---- hashes -------------------------------------------------------------------------

    /** Canonical digest name, or null when Node would not know it. */
    @HostAccess.Export
    public String digestName(String name) {
        return Digests.canonical(name);
    }

    @HostAccess.Export
    public String[] hashes() {
        return Digests.NAMES.toArray(new String[0]);
    }

    /** A new hash; null when outLen does not fit a fixed-size digest. */
    @HostAccess.Export
    public Digests.State hashNew(String canonical, int outLen) {
        return Digests.start(canonical, outLen);
    }

    /** Bytes hashed a piece at a time (hashUpdate, hmacUpdate); one binding serves one context's thread. */
    private byte[] digestChunk;

    /**
     * Feeds ab[off..off+len) to update through one reused 64 KiB array: a fresh array as long as
     * the input cost its allocation, zeroing and GC (sha256 of 1 MiB updates ran at ~40% of the
     * JDK digest's speed), and a piece this size is still in cache when the digest reads it.
     */
    private void feedDigest(Value ab, int off, int len, java.util.function.IntConsumer update) {
        if (digestChunk == null) digestChunk = new byte[64 * 1024];
        byte[] b = digestChunk;
        for (int done = 0; done < len; ) {
            int n = Math.min(b.length, len - done);
            ab.readBuffer(off + done, b, 0, n);
            update.accept(n);
            done += n;
        }
    }

    @HostAccess.Export
    public void hashUpdate(Digests.State h, Value ab, int off, int len) {
        feedDigest(ab, off, len, n -> h.update(digestChunk, 0, n));
    }

    @HostAccess.Export
    public void hashUpdateString(Digests.State h, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        h.update(b, 0, b.length);
    }

    @HostAccess.Export
    public String hashDigest(Digests.State h) {
        return latin1(h.digest());
    }

    @HostAccess.Export
    public String hashDigestHex(Digests.State h) {
        return HexFormat.of().formatHex(h.digest());
    }

    @HostAccess.Export
    public Digests.State hashCopy(Digests.State h, int outLen) {
        return h.copy(outLen);
    }

    // ---- HMAC ---------------------------------------------------------------------------

    @HostAccess.Export
    public HMac hmacNew(String canonical, Value ab, int off, int len) {
        HMac m = new HMac(Digests.bc(canonical));
        m.init(new KeyParameter(read(ab, off, len)));
        return m;
    }

    @HostAccess.Export
    public void hmacUpdate(HMac m, Value ab, int off, int len) {
        feedDigest(ab, off, len, n -> m.update(digestChunk, 0, n));
    }

    @HostAccess.Export
    public void hmacUpdateString(HMac m, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        m.update(b, 0, b.length);
    }

    @HostAccess.Export
    public String hmacDigest(HMac m) {
        byte[] out = new byte[m.getMacSize()];
        m.doFinal(out, 0);
        return latin1(out);
    }

    // ---- ciphers ------------------------------------------------------------------------

    @HostAccess.Export
    public Ciphers.Info cipherInfo(String name) {
        return Ciphers.info(name);
    }

    @HostAccess.Export
    public String[] cipherNames() {
        return Ciphers.names().toArray(new String[0]);
    }

    @HostAccess.Export
    public Ciphers.State cipherNew(Ciphers.Info info, boolean encrypt, Value k, int ko, int kl, Value iv, int io,
            int il, int tagLen) {
        try {
            return new Ciphers.State(info, encrypt, read(k, ko, kl), read(iv, io, il), tagLen);
        } catch (java.security.GeneralSecurityException e) {
            throw fail("Error", "ERR_CRYPTO_INVALID_STATE", e.getMessage());
        }
    }

    @HostAccess.Export
    public void cipherSetPadding(Ciphers.State st, boolean on) throws java.security.GeneralSecurityException {
        st.setPadding(on);
    }

    @HostAccess.Export
    public void cipherAAD(Ciphers.State st, Value ab, int off, int len) {
        try {
            st.aad(read(ab, off, len));
        } catch (java.security.GeneralSecurityException | IllegalStateException e) {
            throw fail("Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAAD");
        }
    }

    @HostAccess.Export
    public java.nio.ByteBuffer cipherUpdate(Ciphers.State st, Value ab, int off, int len) {
        try {
            return java.nio.ByteBuffer.wrap(st.update(read(ab, off, len)));
        } catch (java.security.GeneralSecurityException e) {
            throw fail("Error", "ERR_CRYPTO_INVALID_STATE", e.getMessage());
        }
    }

    /**
     * Finishes the operation; null for an AEAD authentication failure (JS throws Node's error).
     * Cipher output travels as a ByteBuffer: JS copies it into a Buffer in one bulk copy.
     */
    @HostAccess.Export
    public java.nio.ByteBuffer cipherFinal(Ciphers.State st) {
        try {
            return java.nio.ByteBuffer.wrap(st.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            if (Ciphers.isAuthFailure(e)) return null;
            if (e instanceof javax.crypto.IllegalBlockSizeException) {
                throw fail("Error", "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
                        "error:1C80006B:Provider routines::wrong final block length");
            }
            throw fail("Error", "ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
        }
    }

    @HostAccess.Export
    public String cipherGetTag(Ciphers.State st) {
        return st.tag == null ? null : latin1(st.tag);
    }

    @HostAccess.Export
    public void cipherSetTag(Ciphers.State st, Value ab, int off, int len) {
        st.tag = read(ab, off, len);
    }

    // ---- random -------------------------------------------------------------------------

    @HostAccess.Export
    public String randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return latin1(b);
    }

    @HostAccess.Export
    public double randomBelow(double range) {
        // Uniform in [0, range) for range <= 2^48, without modulo bias.
        return (double) random.nextLong((long) range);
    }

    // ---- key derivation -----------------------------------------------------------------

    static byte[] pbkdf2(byte[] pass, byte[] salt, int iter, int keylen, String digest) {
        PKCS5S2ParametersGenerator g = new PKCS5S2ParametersGenerator(Digests.bc(digest));
        g.init(pass, salt, iter);
        return ((KeyParameter) g.generateDerivedParameters(keylen * 8)).getKey();
    }

    static byte[] hkdf(String digest, byte[] ikm, byte[] salt, byte[] info, int len) {
        HKDFBytesGenerator g = new HKDFBytesGenerator(Digests.bc(digest));
        g.init(new HKDFParameters(ikm, salt, info));
        byte[] out = new byte[len];
        g.generateBytes(out, 0, len);
        return out;
    }

    /** Digest size in bytes, for HKDF's length limit. */
    @HostAccess.Export
    public int digestSize(String canonical) {
        Digest d = Digests.bc(canonical);
        return d.getDigestSize();
    }

    @HostAccess.Export
    public String pbkdf2Sync(Value p, int po, int pl, Value s, int so, int sl, int iter, int keylen, String digest) {
        return latin1(pbkdf2(read(p, po, pl), read(s, so, sl), iter, keylen, digest));
    }

    @HostAccess.Export
    public void pbkdf2Async(Value p, int po, int pl, Value s, int so, int sl, int iter, int keylen, String digest,
            Value cb) {
        byte[] pass = read(p, po, pl);
        byte[] salt = read(s, so, sl);
        later(() -> pbkdf2(pass, salt, iter, keylen, digest), cb);
    }

    @HostAccess.Export
    public String scryptSync(Value p, int po, int pl, Value s, int so, int sl, double n, int r, int par, int keylen) {
        return latin1(scrypt(read(p, po, pl), read(s, so, sl), (int) n, r, par, keylen));
    }

    /** Node derives an empty key for keylen 0; Bouncy Castle refuses one. */
    private static byte[] scrypt(byte[] pass, byte[] salt, int n, int r, int par, int keylen) {
        return keylen == 0 ? new byte[0] : SCrypt.generate(pass, salt, n, r, par, keylen);
    }

    @HostAccess.Export
    public void scryptAsync(Value p, int po, int pl, Value s, int so, int sl, double n, int r, int par, int keylen,
            Value cb) {
        byte[] pass = read(p, po, pl);
        byte[] salt = read(s, so, sl);
        later(() -> scrypt(pass, salt, (int) n, r, par, keylen), cb);
    }

    /** argon2 (type 0: argon2d, 1: argon2i, 2: argon2id) of message with nonce, secret and associated data. */
    @HostAccess.Export
    public String argon2Sync(int type, Value m, int mo, int ml, Value n, int no, int nl, Value s, int so, int sl,
            Value a, int ao, int al, int parallelism, double tagLength, double memory, double passes) {
        return latin1(Argon2Kdf.derive(type, read(m, mo, ml), read(n, no, nl), read(s, so, sl), read(a, ao, al),
                parallelism, (long) tagLength, (long) memory, (long) passes));
    }

    @HostAccess.Export
    public void argon2Async(int type, Value m, int mo, int ml, Value n, int no, int nl, Value s, int so, int sl,
            Value a, int ao, int al, int parallelism, double tagLength, double memory, double passes, Value cb) {
        byte[] msg = read(m, mo, ml);
        byte[] nonce = read(n, no, nl);
        byte[] secret = read(s, so, sl);
        byte[] ad = read(a, ao, al);
        later(() -> Argon2Kdf.derive(type, msg, nonce, secret, ad, parallelism, (long) tagLength, (long) memory,
                (long) passes), cb);
    }

    @HostAccess.Export
    public String hkdfSync(String digest, Value k, int ko, int kl, Value s, int so, int sl, Value i, int io, int il,
            int len) {
        return latin1(hkdf(digest, read(k, ko, kl), read(s, so, sl), read(i, io, il), len));
    }

    @HostAccess.Export
    public void hkdfAsync(String digest, Value k, int ko, int kl, Value s, int so, int sl, Value i, int io, int il,
            int len, Value cb) {
        byte[] ikm = read(k, ko, kl);
        byte[] salt = read(s, so, sl);
        byte[] info = read(i, io, il);
        later(() -> hkdf(digest, ikm, salt, info, len), cb);
    }

    @HostAccess.Export
    public void randomBytesAsync(int n, Value cb) {
        later(() -> {
            byte[] b = new byte[n];
            random.nextBytes(b);
            return b;
        }, cb);
    }

    // ---- SPKAC (crypto.Certificate) ---------------------------------------------------------

    @HostAccess.Export
    public boolean spkacVerify(Value ab, int off, int len) {
        Spkac s = Spkac.parse(read(ab, off, len));
        return s != null && s.verify();
    }

    /** The challenge's bytes as latin1, or null when the input is not an SPKAC. */
    @HostAccess.Export
    public String spkacChallenge(Value ab, int off, int len) {
        Spkac s = Spkac.parse(read(ab, off, len));
        return s == null ? null : latin1(s.challenge.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The public key as SPKI PEM, or null when the input is not an SPKAC. */
    @HostAccess.Export
    public String spkacPublicKey(Value ab, int off, int len) throws Exception {
        Spkac s = Spkac.parse(read(ab, off, len));
        return s == null ? null : s.publicKeyPem();
    }

    // ---- primes -------------------------------------------------------------------------

    /** Miller-Rabin with the given rounds (0: the JDK's default certainty) on a big-endian candidate. */
    @HostAccess.Export
    public boolean checkPrime(Value ab, int off, int len, int checks) {
        java.math.BigInteger n = new java.math.BigInteger(1, read(ab, off, len));
        return n.isProbablePrime(checks > 0 ? checks * 2 : 100);
    }

    /**
     * A random prime of exactly bits bits (safe: (p-1)/2 also prime), big-endian, as latin1.
     * With addHex, p % add == rem (hex; default 1, or 3 for a safe prime, as OpenSSL).
     */
    @HostAccess.Export
    public String generatePrime(int bits, boolean safe, String addHex, String remHex) {
        java.math.BigInteger p = addHex == null ? randomPrime(bits, safe)
                : Primes.withResidue(bits, safe, new java.math.BigInteger(addHex, 16),
                        remHex != null ? new java.math.BigInteger(remHex, 16) : java.math.BigInteger.valueOf(safe ? 3 : 1),
                        random);
        return latin1(org.bouncycastle.util.BigIntegers.asUnsignedByteArray(p));
    }

    private java.math.BigInteger randomPrime(int bits, boolean safe) {
        java.math.BigInteger p;
        do {
            p = java.math.BigInteger.probablePrime(bits, random);
        } while (safe && !p.shiftRight(1).isProbablePrime(100));
        return p;
    }

    /** Runs work off the JS thread and calls cb(err, latin1String) on it. */
    private void later(Callable<byte[]> work, Value cb) {
        env.loop().submit(work, (res, err) -> {
            if (err != null) env.invoke(cb, err.toString(), null);
            else env.invoke(cb, null, latin1(res));
        });
    }
}
