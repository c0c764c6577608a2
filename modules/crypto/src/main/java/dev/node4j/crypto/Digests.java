package dev.node4j.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.digests.SHA512tDigest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.util.Memoable;

/**
 * Node's (OpenSSL's) digest names mapped to implementations: the JDK's MessageDigest where it has
 * the algorithm (intrinsified SHA), Bouncy Castle's lightweight digests otherwise and wherever a
 * {@link Digest} is needed (HMAC, PBKDF2, HKDF).
 */
public final class Digests {
    private Digests() {}

    /** Canonical names, as OpenSSL lists them, by lower-case alias. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("md5", "md5"), Map.entry("rsa-md5", "md5"), Map.entry("md5withrsaencryption", "md5"),
            Map.entry("ssl3-md5", "md5"),
            Map.entry("sha1", "sha1"), Map.entry("rsa-sha1", "sha1"), Map.entry("sha1withrsaencryption", "sha1"),
            Map.entry("ssl3-sha1", "sha1"), Map.entry("rsa-sha1-2", "sha1"), Map.entry("sha-1", "sha1"),
            Map.entry("sha224", "sha224"), Map.entry("rsa-sha224", "sha224"), Map.entry("sha224withrsaencryption", "sha224"),
            Map.entry("sha-224", "sha224"),
            Map.entry("sha256", "sha256"), Map.entry("rsa-sha256", "sha256"), Map.entry("sha256withrsaencryption", "sha256"),
            Map.entry("sha-256", "sha256"),
            Map.entry("sha384", "sha384"), Map.entry("rsa-sha384", "sha384"), Map.entry("sha384withrsaencryption", "sha384"),
            Map.entry("sha-384", "sha384"),
            Map.entry("sha512", "sha512"), Map.entry("rsa-sha512", "sha512"), Map.entry("sha512withrsaencryption", "sha512"),
            Map.entry("sha-512", "sha512"),
            Map.entry("sha512-224", "sha512-224"), Map.entry("rsa-sha512/224", "sha512-224"),
            Map.entry("sha512-224withrsaencryption", "sha512-224"), Map.entry("sha-512/224", "sha512-224"),
            Map.entry("sha512-256", "sha512-256"), Map.entry("rsa-sha512/256", "sha512-256"),
            Map.entry("sha512-256withrsaencryption", "sha512-256"), Map.entry("sha-512/256", "sha512-256"),
            Map.entry("sha3-224", "sha3-224"), Map.entry("rsa-sha3-224", "sha3-224"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-224", "sha3-224"),
            Map.entry("sha3-256", "sha3-256"), Map.entry("rsa-sha3-256", "sha3-256"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-256", "sha3-256"),
            Map.entry("sha3-384", "sha3-384"), Map.entry("rsa-sha3-384", "sha3-384"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-384", "sha3-384"),
            Map.entry("sha3-512", "sha3-512"), Map.entry("rsa-sha3-512", "sha3-512"),
            Map.entry("id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"),
            Map.entry("shake128", "shake128"), Map.entry("shake256", "shake256"),
            Map.entry("ripemd160", "ripemd160"), Map.entry("ripemd", "ripemd160"), Map.entry("rmd160", "ripemd160"),
            Map.entry("rsa-ripemd160", "ripemd160"), Map.entry("ripemd160withrsa", "ripemd160"),
            Map.entry("blake2b512", "blake2b512"), Map.entry("blake2s256", "blake2s256"));

    /** What getHashes() lists (the names above that OpenSSL shows, sorted as Node prints them). */
    public static final List<String> NAMES = List.of("RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2",
            "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512",
            "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256", "blake2b512", "blake2s256",
            "id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
            "id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5",
            "md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
            "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption",
            "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512",
            "sha512-224", "sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption",
            "sha512WithRSAEncryption", "shake128", "shake256", "ssl3-md5", "ssl3-sha1");

    /** The canonical name for a Node digest name, or null when unknown. */
    public static String canonical(String name) {
        return name == null ? null : ALIASES.get(name.toLowerCase(Locale.ROOT));
    }

    /** The JDK's name for a canonical name, or null when only Bouncy Castle has it. */
    static String jdkName(String canonical) {
        return switch (canonical) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "sha512-224" -> "SHA-512/224";
            case "sha512-256" -> "SHA-512/256";
            case "sha3-224" -> "SHA3-224";
            case "sha3-256" -> "SHA3-256";
            case "sha3-384" -> "SHA3-384";
            case "sha3-512" -> "SHA3-512";
            default -> null;
        };
    }

    /** The ASN.1 identifier of a digest (RSA-PSS parameters). */
    static org.bouncycastle.asn1.ASN1ObjectIdentifier oid(String canonical) {
        return switch (canonical) {
            case "sha1" -> new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.14.3.2.26");
            case "sha224" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha224;
            case "sha256" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256;
            case "sha384" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha384;
            case "sha512" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha512;
            case "sha512-224" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha512_224;
            case "sha512-256" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha512_256;
            case "sha3-256" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha3_256;
            case "sha3-384" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha3_384;
            case "sha3-512" -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha3_512;
            default -> org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256;
        };
    }

    /** Node's name of a digest identifier (the inverse of {@link #oid}). */
    static String nameOf(org.bouncycastle.asn1.ASN1ObjectIdentifier id) {
        for (String n : new String[] {"sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256",
            "sha3-256", "sha3-384", "sha3-512"}) {
            if (oid(n).equals(id)) return n;
        }
        return id.getId();
    }

    /** A fresh Bouncy Castle digest for a canonical name. */
    public static Digest bc(String canonical) {
        return switch (canonical) {
            case "md5" -> new MD5Digest();
            case "sha1" -> new SHA1Digest();
            case "sha224" -> new SHA224Digest();
            case "sha256" -> new SHA256Digest();
            case "sha384" -> new SHA384Digest();
            case "sha512" -> new SHA512Digest();
            case "sha512-224" -> new SHA512tDigest(224);
            case "sha512-256" -> new SHA512tDigest(256);
            case "sha3-224" -> new SHA3Digest(224);
            case "sha3-256" -> new SHA3Digest(256);
            case "sha3-384" -> new SHA3Digest(384);
            case "sha3-512" -> new SHA3Digest(512);
            case "shake128" -> new SHAKEDigest(128);
            case "shake256" -> new SHAKEDigest(256);
            case "ripemd160" -> new RIPEMD160Digest();
            case "blake2b512" -> new Blake2bDigest(512);
            case "blake2s256" -> new Blake2sDigest(256);
            default -> throw new IllegalArgumentException(canonical);
        };
    }

    /** A running hash: JDK MessageDigest or a BC digest; SHAKE takes an output length. */
    public static final class State {
        private final MessageDigest jdk;
        private final Digest bc;
        final int outLen;

        private State(MessageDigest jdk, Digest bc, int outLen) {
            this.jdk = jdk;
            this.bc = bc;
            this.outLen = outLen;
        }

        public void update(byte[] b, int off, int len) {
            if (jdk != null) jdk.update(b, off, len);
            else bc.update(b, off, len);
        }

        public byte[] digest() {
            if (jdk != null) return jdk.digest();
            byte[] out = new byte[outLen];
            if (bc instanceof SHAKEDigest x) x.doFinal(out, 0, outLen);
            else bc.doFinal(out, 0);
            return out;
        }

        /** A fork of this state; outLen -1 keeps the length (only SHAKE may change it). */
        public State copy(int newLen) {
            // copy() without outputLength gives an XOF its default length again, as in Node.
            int len = newLen >= 0 ? newLen : bc instanceof org.bouncycastle.crypto.Xof
                    ? (bc.getAlgorithmName().endsWith("128") ? 16 : 32) : outLen;
            try {
                if (jdk != null) return new State((MessageDigest) jdk.clone(), null, len);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
            return new State(null, (Digest) ((Memoable) bc).copy(), len);
        }
    }

    /** Default output length in bytes (SHAKE: 16 / 32, as OpenSSL). */
    public static int defaultLength(String canonical) {
        return switch (canonical) {
            case "shake128" -> 16;
            case "shake256" -> 32;
            default -> bc(canonical).getDigestSize();
        };
    }

    /**
     * A new hash state; outLen -1 for the default. Returns null for an invalid length on a
     * fixed-size digest (Node: ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH).
     */
    public static State start(String canonical, int outLen) {
        boolean xof = canonical.startsWith("shake");
        int def = defaultLength(canonical);
        if (outLen < 0) outLen = def;
        if (!xof && outLen != def) return null;
        String jdk = jdkName(canonical);
        if (jdk != null) {
            try {
                return new State(MessageDigest.getInstance(jdk), null, outLen);
            } catch (NoSuchAlgorithmException e) {
                // fall through to Bouncy Castle
            }
        }
        return new State(null, bc(canonical), outLen);
    }
}
