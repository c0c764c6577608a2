package dev.node4j.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.node4j.crypto.Digests;

/**
 * The Java hot paths behind node4j's crypto module, on the inputs of
 * bench/programs/modules/sha256.js and crypto.js: sha256 and aes-256-gcm over {@code size} bytes
 * in 1 MiB updates (one op = the whole input), and one-shot sign / verify of a short message.
 * Signatures run twice: "Bc" is what the module does today (Bouncy Castle's lightweight signers,
 * as AsymBinding.signer builds them, a new signer per call), "Jdk" is the JDK's own providers on
 * the same keys, to tell whether moving to them would pay.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CryptoBench {
    private static final int CHUNK = 1 << 20;
    private static final String GCM = "AES/GCM/NoPadding";
    private static final int TAG_LEN = 16;

    /** Bulk inputs: {@code size} bytes made of one 1 MiB random chunk (smaller when size is). */
    @State(Scope.Benchmark)
    public static class Bulk {
        @Param({"67108864"})
        public int size;

        byte[] chunk;
        byte[] key;
        byte[] iv;
        /** aes-256-gcm ciphertext of the input in 1 MiB pieces, and its tag. */
        byte[][] pieces;
        byte[] tag;

        @Setup
        public void setUp() throws GeneralSecurityException {
            chunk = BenchData.randomBytes(Math.min(size, CHUNK));
            key = BenchData.randomBytes(32);
            iv = BenchData.randomBytes(12);
            Cipher c = gcm(Cipher.ENCRYPT_MODE, this);
            byte[] all = new byte[size + TAG_LEN];
            int n = 0;
            for (int off = 0; off < size; off += chunk.length) n += c.update(chunk, 0, chunk.length, all, n);
            n += c.doFinal(all, n);
            if (n != all.length) throw new IllegalStateException("aes-256-gcm wrote " + n + " bytes");
            tag = Arrays.copyOfRange(all, size, all.length);
            pieces = new byte[(size + CHUNK - 1) / CHUNK][];
            for (int i = 0; i < pieces.length; i++) {
                pieces[i] = Arrays.copyOfRange(all, i * CHUNK, Math.min(size, (i + 1) * CHUNK));
            }
            warmGcm(size >= CHUNK ? 8192 : 64);
        }

        /**
         * The JDK's AES-GCM is fast only once C2 has compiled the callers of its intrinsic. With
         * 1 MiB calls (64 per op) that did not happen within 12 ops (~40 s) on the bench machine:
         * ~20 MiB/s, against GiB/s once compiled.
         * Many small messages first let the measured ops run the steady-state code. (node4j's JS
         * figure has no such warm-up: a JS/Java ratio far below 1 shows the cold path.)
         */
        private void warmGcm(int rounds) throws GeneralSecurityException {
            byte[] msg = Arrays.copyOf(chunk, 16384);
            for (int i = 0; i < rounds; i++) {
                byte[] ct = gcm(Cipher.ENCRYPT_MODE, this).doFinal(msg);
                if (gcm(Cipher.DECRYPT_MODE, this).doFinal(ct).length != msg.length) {
                    throw new IllegalStateException("aes-256-gcm round trip");
                }
            }
        }
    }

    /** Key pairs made as the module makes them, kept both as Bouncy Castle parameters and JDK keys. */
    @State(Scope.Benchmark)
    public static class Keys {
        final SecureRandom random = new SecureRandom();
        final byte[] msg = "node4j bench: a short message to sign, as a token or a request would be."
                .getBytes(StandardCharsets.US_ASCII);
        Pair rsa;
        Pair p256;
        Pair ed25519;

        @Setup
        public void setUp() throws Exception {
            var rg = new RSAKeyPairGenerator();
            rg.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 80));
            rsa = new Pair(rg.generateKeyPair(), "RSA", "SHA256withRSA");
            // Curves.params: the curve by OID from CustomNamedCurves (the optimized P-256).
            var eg = new ECKeyPairGenerator();
            eg.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1,
                    CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1)), random));
            p256 = new Pair(eg.generateKeyPair(), "EC", "SHA256withECDSA");
            var dg = new Ed25519KeyPairGenerator();
            dg.init(new Ed25519KeyGenerationParameters(random));
            ed25519 = new Pair(dg.generateKeyPair(), "Ed25519", "Ed25519");
            for (Pair p : new Pair[] {rsa, p256, ed25519}) {
                p.sig = sign(bcSigner(p), p.bcPriv, random, msg);
                // Both sides must accept each other's signatures, or the comparison is void.
                if (!jdkVerify(p, msg, p.sig) || !bcVerify(p, msg, jdkSign(p, random, msg))) {
                    throw new IllegalStateException(p.jdkAlg + ": Bouncy Castle and JDK signatures disagree");
                }
            }
        }
    }

    /** One key pair; the BC parameters come back through PKCS#8 / SPKI as AsymKey builds them. */
    static final class Pair {
        final AsymmetricKeyParameter bcPriv;
        final AsymmetricKeyParameter bcPub;
        final PrivateKey jdkPriv;
        final PublicKey jdkPub;
        final String jdkAlg;
        byte[] sig;

        Pair(AsymmetricCipherKeyPair kp, String keyAlg, String jdkAlg) throws Exception {
            PrivateKeyInfo info = PrivateKeyInfoFactory.createPrivateKeyInfo(kp.getPrivate());
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(kp.getPublic());
            bcPriv = PrivateKeyFactory.createKey(info);
            bcPub = PublicKeyFactory.createKey(spki);
            KeyFactory kf = KeyFactory.getInstance(keyAlg);
            jdkPriv = kf.generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
            jdkPub = kf.generatePublic(new X509EncodedKeySpec(spki.getEncoded()));
            this.jdkAlg = jdkAlg;
        }
    }

    /**
     * The cipher Ciphers.State builds for aes-256-gcm with Node's default 16-byte tag. State is
     * package-private, so this uses the same JCA transformation and parameters directly.
     */
    static Cipher gcm(int mode, Bulk b) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance(GCM);
        c.init(mode, new SecretKeySpec(b.key, "AES"), new GCMParameterSpec(TAG_LEN * 8, b.iv));
        return c;
    }

    /** AsymBinding.signer for these key types (sha256; PKCS#1 v1.5; DER ECDSA signatures). */
    static Signer bcSigner(Pair p) {
        return switch (p.jdkAlg) {
            case "SHA256withRSA" -> new RSADigestSigner(Digests.bc("sha256"));
            case "SHA256withECDSA" -> new DSADigestSigner(new ECDSASigner(), Digests.bc("sha256"),
                    StandardDSAEncoding.INSTANCE);
            default -> new Ed25519Signer();
        };
    }

    static byte[] sign(Signer s, AsymmetricKeyParameter priv, SecureRandom random, byte[] msg) throws CryptoException {
        // As AsymBinding.sign: Ed25519 takes the bare key, the others a source of randomness.
        s.init(true, s instanceof Ed25519Signer ? priv : new ParametersWithRandom(priv, random));
        s.update(msg, 0, msg.length);
        return s.generateSignature();
    }

    static boolean bcVerify(Pair p, byte[] msg, byte[] sig) {
        Signer s = bcSigner(p);
        s.init(false, p.bcPub);
        s.update(msg, 0, msg.length);
        return s.verifySignature(sig);
    }

    static byte[] jdkSign(Pair p, SecureRandom random, byte[] msg) throws GeneralSecurityException {
        Signature s = Signature.getInstance(p.jdkAlg);
        s.initSign(p.jdkPriv, random);
        s.update(msg);
        return s.sign();
    }

    static boolean jdkVerify(Pair p, byte[] msg, byte[] sig) throws GeneralSecurityException {
        Signature s = Signature.getInstance(p.jdkAlg);
        s.initVerify(p.jdkPub);
        s.update(msg);
        return s.verify(sig);
    }

    // ---- bulk ---------------------------------------------------------------------------

    /** createHash('sha256'): Digests.start, the JDK's MessageDigest. */
    @Benchmark
    public byte[] sha256(Bulk b) {
        Digests.State h = Digests.start("sha256", -1);
        for (int off = 0; off < b.size; off += b.chunk.length) h.update(b.chunk, 0, b.chunk.length);
        return h.digest();
    }

    /** createCipheriv('aes-256-gcm'): update per 1 MiB (a new output array each, as State.update), final, tag. */
    @Benchmark
    public byte[] aes256gcmEncrypt(Bulk b) throws GeneralSecurityException {
        Cipher c = gcm(Cipher.ENCRYPT_MODE, b);
        long n = 0;
        for (int off = 0; off < b.size; off += b.chunk.length) n += c.update(b.chunk).length;
        byte[] out = c.doFinal();
        // State.doFinal splits the tag off the last output.
        byte[] tag = Arrays.copyOfRange(out, out.length - TAG_LEN, out.length);
        if (n + out.length - TAG_LEN != b.size) throw new IllegalStateException("short ciphertext");
        return tag;
    }

    /** createDecipheriv('aes-256-gcm') + setAuthTag: the JDK holds the plaintext back until final. */
    @Benchmark
    public long aes256gcmDecrypt(Bulk b) throws GeneralSecurityException {
        Cipher c = gcm(Cipher.DECRYPT_MODE, b);
        long n = 0;
        for (byte[] p : b.pieces) {
            byte[] out = c.update(p);
            n += out == null ? 0 : out.length;
        }
        return n + c.doFinal(b.tag).length;
    }

    // ---- sign / verify: Bouncy Castle (node4j today) and the JDK ---------------------------

    @Benchmark
    public byte[] rsa2048SignBc(Keys k) throws CryptoException {
        return sign(bcSigner(k.rsa), k.rsa.bcPriv, k.random, k.msg);
    }

    @Benchmark
    public boolean rsa2048VerifyBc(Keys k) {
        return bcVerify(k.rsa, k.msg, k.rsa.sig);
    }

    @Benchmark
    public byte[] rsa2048SignJdk(Keys k) throws GeneralSecurityException {
        return jdkSign(k.rsa, k.random, k.msg);
    }

    @Benchmark
    public boolean rsa2048VerifyJdk(Keys k) throws GeneralSecurityException {
        return jdkVerify(k.rsa, k.msg, k.rsa.sig);
    }

    @Benchmark
    public byte[] p256SignBc(Keys k) throws CryptoException {
        return sign(bcSigner(k.p256), k.p256.bcPriv, k.random, k.msg);
    }

    @Benchmark
    public boolean p256VerifyBc(Keys k) {
        return bcVerify(k.p256, k.msg, k.p256.sig);
    }

    @Benchmark
    public byte[] p256SignJdk(Keys k) throws GeneralSecurityException {
        return jdkSign(k.p256, k.random, k.msg);
    }

    @Benchmark
    public boolean p256VerifyJdk(Keys k) throws GeneralSecurityException {
        return jdkVerify(k.p256, k.msg, k.p256.sig);
    }

    @Benchmark
    public byte[] ed25519SignBc(Keys k) throws CryptoException {
        return sign(bcSigner(k.ed25519), k.ed25519.bcPriv, k.random, k.msg);
    }

    @Benchmark
    public boolean ed25519VerifyBc(Keys k) {
        return bcVerify(k.ed25519, k.msg, k.ed25519.sig);
    }

    @Benchmark
    public byte[] ed25519SignJdk(Keys k) throws GeneralSecurityException {
        return jdkSign(k.ed25519, k.random, k.msg);
    }

    @Benchmark
    public boolean ed25519VerifyJdk(Keys k) throws GeneralSecurityException {
        return jdkVerify(k.ed25519, k.msg, k.ed25519.sig);
    }
}
