package dev.node4j.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.KEM;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyGenerationParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMKeyPairGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMParameters;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * Key encapsulation as {@code crypto.encapsulate} / {@code decapsulate} do it with OpenSSL 3.5:
 * <ul>
 * <li>X25519, X448, P-256, P-384, P-521: DHKEM (RFC 9180) on the JDK's {@code "DHKEM"} KEM;</li>
 * <li>RSA: RSASVE (NIST SP 800-56B): a random integer 1 &lt; z &lt; n-1 goes out as z^e mod n and
 * z itself, as n's length in bytes, is the shared secret;</li>
 * <li>ML-KEM-512/768/1024 (FIPS 203) on Bouncy Castle.</li>
 * </ul>
 * Any other key type, and any malformed ciphertext, is a {@link KemException}.
 */
final class Kem {
    private Kem() {}

    /** An encapsulation or decapsulation that failed; Node reports only that it failed. */
    static final class KemException extends Exception {
        KemException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The shared secret and the ciphertext that carries it to the private key's holder. */
    record Encapsulated(byte[] sharedKey, byte[] ciphertext) {}

    private static final BigInteger TWO = BigInteger.TWO;

    static Encapsulated encapsulate(AsymKey key, SecureRandom random) throws KemException {
        try {
            return switch (key.type) {
                case "x25519", "x448", "ec" -> {
                    PublicKey pk = jdkFactory(key.type).generatePublic(new X509EncodedKeySpec(key.pub.getEncoded("DER")));
                    KEM.Encapsulated e = KEM.getInstance("DHKEM").newEncapsulator(pk, random).encapsulate();
                    yield new Encapsulated(e.key().getEncoded(), e.encapsulation());
                }
                case "rsa" -> rsasveEncapsulate((RSAKeyParameters) key.pubParam, random);
                case "ml-kem-512", "ml-kem-768", "ml-kem-1024" -> {
                    SecretWithEncapsulation s = new MLKEMGenerator(random).generateEncapsulated(key.pubParam);
                    yield new Encapsulated(s.getSecret(), s.getEncapsulation());
                }
                default -> throw new KemException("no KEM for " + key.type + " keys", null);
            };
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new KemException("encapsulation failed", e);
        }
    }

    /** The shared secret in ciphertext, recovered with a private key. */
    static byte[] decapsulate(AsymKey key, byte[] ciphertext, SecureRandom random) throws KemException {
        if (key.priv == null) throw new KemException("decapsulation needs a private key", null);
        try {
            return switch (key.type) {
                case "x25519", "x448", "ec" -> {
                    // Only the algorithm and the private key: the JDK's parser wants no attributes.
                    PrivateKeyInfo bare = new PrivateKeyInfo(key.priv.getPrivateKeyAlgorithm(), key.priv.parsePrivateKey());
                    PrivateKey sk = jdkFactory(key.type).generatePrivate(new PKCS8EncodedKeySpec(bare.getEncoded("DER")));
                    yield KEM.getInstance("DHKEM").newDecapsulator(sk).decapsulate(ciphertext).getEncoded();
                }
                case "rsa" -> rsasveDecapsulate((RSAKeyParameters) key.privParam, ciphertext, random);
                case "ml-kem-512", "ml-kem-768", "ml-kem-1024" -> {
                    MLKEMExtractor x = new MLKEMExtractor((MLKEMPrivateKeyParameters) key.privParam);
                    if (ciphertext.length != x.getEncapsulationLength()) {
                        throw new KemException("ciphertext of " + ciphertext.length + " bytes", null);
                    }
                    yield x.extractSecret(ciphertext);
                }
                default -> throw new KemException("no KEM for " + key.type + " keys", null);
            };
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new KemException("decapsulation failed", e);
        }
    }

    private static KeyFactory jdkFactory(String type) throws GeneralSecurityException {
        return KeyFactory.getInstance(type.equals("ec") ? "EC" : "XDH");
    }

    // ---- RSASVE --------------------------------------------------------------------------

    static Encapsulated rsasveEncapsulate(RSAKeyParameters pub, SecureRandom random) {
        BigInteger n = pub.getModulus();
        int len = (n.bitLength() + 7) / 8;
        BigInteger z = BigIntegers.createRandomInRange(TWO, n.subtract(TWO), random);
        BigInteger c = z.modPow(pub.getExponent(), n);
        return new Encapsulated(BigIntegers.asUnsignedByteArray(len, z), BigIntegers.asUnsignedByteArray(len, c));
    }

    static byte[] rsasveDecapsulate(RSAKeyParameters priv, byte[] ciphertext, SecureRandom random)
            throws KemException {
        BigInteger n = priv.getModulus();
        int len = (n.bitLength() + 7) / 8;
        // As OpenSSL: exactly n's length, and below n (raw RSA, no padding to check).
        if (ciphertext.length != len || new BigInteger(1, ciphertext).compareTo(n) >= 0) {
            throw new KemException("RSASVE ciphertext out of range", null);
        }
        RSABlindedEngine engine = new RSABlindedEngine();
        engine.init(false, new ParametersWithRandom(priv, random));
        byte[] z = engine.processBlock(ciphertext, 0, ciphertext.length);
        return BigIntegers.asUnsignedByteArray(len, new BigInteger(1, z));
    }

    // ---- ML-KEM keys ---------------------------------------------------------------------

    static MLKEMParameters mlKemParameters(String type) {
        return switch (type) {
            case "ml-kem-512" -> MLKEMParameters.ml_kem_512;
            case "ml-kem-768" -> MLKEMParameters.ml_kem_768;
            case "ml-kem-1024" -> MLKEMParameters.ml_kem_1024;
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** A new ML-KEM private key ("ml-kem-512", "ml-kem-768" or "ml-kem-1024"). */
    static AsymKey generateMlKem(String type, SecureRandom random) throws IOException {
        MLKEMKeyPairGenerator g = new MLKEMKeyPairGenerator();
        g.init(new MLKEMKeyGenerationParameters(random, mlKemParameters(type)));
        return AsymKey.ofPrivate(org.bouncycastle.pqc.crypto.util.PrivateKeyInfoFactory.createPrivateKeyInfo(
                g.generateKeyPair().getPrivate()));
    }
}
