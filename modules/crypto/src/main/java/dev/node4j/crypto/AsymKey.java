package dev.node4j.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.DSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;
import org.graalvm.polyglot.HostAccess;

/**
 * An asymmetric key as Node's KeyObject holds it: the PKCS#8 structure for private keys and the
 * SPKI structure (always present, derived for private keys), plus Bouncy Castle's parameters.
 */
public final class AsymKey {
    final String type;
    final PrivateKeyInfo priv;
    final SubjectPublicKeyInfo pub;
    final AsymmetricKeyParameter privParam;
    final AsymmetricKeyParameter pubParam;
    /** RSA: the JDK's form of the private key, made on first use by JdkRsaSign. */
    java.security.PrivateKey jdkPrivate;

    private AsymKey(String type, PrivateKeyInfo priv, SubjectPublicKeyInfo pub, AsymmetricKeyParameter privParam,
            AsymmetricKeyParameter pubParam) {
        this.type = type;
        this.priv = priv;
        this.pub = pub;
        this.privParam = privParam;
        this.pubParam = pubParam;
    }

    static AsymKey ofPrivate(PrivateKeyInfo info) throws IOException {
        String type = typeOf(info.getPrivateKeyAlgorithm().getAlgorithm());
        if (type.startsWith("ml-kem-")) return ofMlKemPrivate(type, info);
        AsymmetricKeyParameter p = PrivateKeyFactory.createKey(info);
        AsymmetricKeyParameter pubP = publicOf(p);
        // Bouncy Castle's factory has no DH public keys: same algorithm identifier, y as an INTEGER.
        SubjectPublicKeyInfo spki = type.equals("dh")
                ? new SubjectPublicKeyInfo(info.getPrivateKeyAlgorithm(), new org.bouncycastle.asn1.ASN1Integer(
                        ((org.bouncycastle.crypto.params.DHPublicKeyParameters) pubP).getY()))
                : SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pubP);
        if (type.equals("rsa-pss")) {
            spki = new SubjectPublicKeyInfo(info.getPrivateKeyAlgorithm(), spki.getPublicKeyData().getBytes());
        }
        return new AsymKey(type, info, spki, p, pubP);
    }

    static AsymKey ofPublic(SubjectPublicKeyInfo info) throws IOException {
        String type = typeOf(info.getAlgorithm().getAlgorithm());
        return new AsymKey(type, null, info, null, type.startsWith("ml-kem-")
                ? org.bouncycastle.pqc.crypto.util.PublicKeyFactory.createKey(info) : PublicKeyFactory.createKey(info));
    }

    /**
     * An ML-KEM private key (seed, expanded key, or both). Exported as OpenSSL 3.5 writes it:
     * seed and expanded key when the seed is known, else the expanded key alone.
     */
    private static AsymKey ofMlKemPrivate(String type, PrivateKeyInfo info) throws IOException {
        var p = (MLKEMPrivateKeyParameters) org.bouncycastle.pqc.crypto.util.PrivateKeyFactory.createKey(info);
        p = p.getParametersWithFormat(p.getSeed() != null ? MLKEMPrivateKeyParameters.BOTH
                : MLKEMPrivateKeyParameters.EXPANDED_KEY);
        var pub = p.getPublicKeyParameters();
        return new AsymKey(type, org.bouncycastle.pqc.crypto.util.PrivateKeyInfoFactory.createPrivateKeyInfo(p),
                org.bouncycastle.pqc.crypto.util.SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(pub), p, pub);
    }

    /** This key's public half as its own key. */
    AsymKey publicKey() {
        return priv == null ? this : new AsymKey(type, null, pub, null, pubParam);
    }

    private static final ASN1ObjectIdentifier ID_X25519 = new ASN1ObjectIdentifier("1.3.101.110");
    private static final ASN1ObjectIdentifier ID_X448 = new ASN1ObjectIdentifier("1.3.101.111");
    private static final ASN1ObjectIdentifier ID_ED25519 = new ASN1ObjectIdentifier("1.3.101.112");
    private static final ASN1ObjectIdentifier ID_ED448 = new ASN1ObjectIdentifier("1.3.101.113");

    static String typeOf(ASN1ObjectIdentifier oid) {
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) return "rsa";
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) return "rsa-pss";
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) return "ec";
        if (oid.equals(X9ObjectIdentifiers.id_dsa)) return "dsa";
        if (oid.equals(PKCSObjectIdentifiers.dhKeyAgreement)) return "dh";
        if (oid.equals(ID_ED25519)) return "ed25519";
        if (oid.equals(ID_ED448)) return "ed448";
        if (oid.equals(ID_X25519)) return "x25519";
        if (oid.equals(ID_X448)) return "x448";
        if (oid.equals(NISTObjectIdentifiers.id_alg_ml_kem_512)) return "ml-kem-512";
        if (oid.equals(NISTObjectIdentifiers.id_alg_ml_kem_768)) return "ml-kem-768";
        if (oid.equals(NISTObjectIdentifiers.id_alg_ml_kem_1024)) return "ml-kem-1024";
        throw new IllegalArgumentException("unsupported key algorithm " + oid);
    }

    static AsymmetricKeyParameter publicOf(AsymmetricKeyParameter p) {
        if (p instanceof RSAPrivateCrtKeyParameters k) return new RSAKeyParameters(false, k.getModulus(), k.getPublicExponent());
        if (p instanceof ECPrivateKeyParameters k) {
            return new ECPublicKeyParameters(k.getParameters().getG().multiply(k.getD()).normalize(), k.getParameters());
        }
        if (p instanceof DSAPrivateKeyParameters k) {
            var dp = k.getParameters();
            return new DSAPublicKeyParameters(dp.getG().modPow(k.getX(), dp.getP()), dp);
        }
        if (p instanceof org.bouncycastle.crypto.params.DHPrivateKeyParameters k) {
            var dp = k.getParameters();
            return new org.bouncycastle.crypto.params.DHPublicKeyParameters(dp.getG().modPow(k.getX(), dp.getP()), dp);
        }
        if (p instanceof Ed25519PrivateKeyParameters k) return k.generatePublicKey();
        if (p instanceof Ed448PrivateKeyParameters k) return k.generatePublicKey();
        if (p instanceof X25519PrivateKeyParameters k) return k.generatePublicKey();
        if (p instanceof X448PrivateKeyParameters k) return k.generatePublicKey();
        throw new IllegalArgumentException("cannot derive a public key from " + p.getClass().getSimpleName());
    }

    @HostAccess.Export
    public String getType() {
        return type;
    }

    @HostAccess.Export
    public boolean isPrivate() {
        return priv != null;
    }

    /** OpenSSL's curve name for EC keys, else null. */
    @HostAccess.Export
    public String namedCurve() {
        if (pubParam instanceof ECPublicKeyParameters k && k.getParameters() instanceof ECNamedDomainParameters n) {
            return Curves.opensslName(n.getName());
        }
        return null;
    }

    @HostAccess.Export
    public int modulusLength() {
        if (pubParam instanceof DSAPublicKeyParameters k) return k.getParameters().getP().bitLength();
        return pubParam instanceof RSAKeyParameters k ? k.getModulus().bitLength() : -1;
    }

    /** RSA-PSS key parameters as [hash, mgf1Hash, saltLength], or null when the key has none. */
    @HostAccess.Export
    public String[] pssParams() {
        var alg = pub.getAlgorithm();
        if (!type.equals("rsa-pss") || alg.getParameters() == null
                || alg.getParameters() instanceof org.bouncycastle.asn1.ASN1Null) {
            return null;
        }
        var p = org.bouncycastle.asn1.pkcs.RSASSAPSSparams.getInstance(alg.getParameters());
        var mgf = org.bouncycastle.asn1.x509.AlgorithmIdentifier.getInstance(
                p.getMaskGenAlgorithm().getParameters());
        return new String[] {Digests.nameOf(p.getHashAlgorithm().getAlgorithm()),
            Digests.nameOf(mgf.getAlgorithm()), p.getSaltLength().toString()};
    }

    /** DSA: the bit length of q. */
    @HostAccess.Export
    public int divisorLength() {
        return pubParam instanceof DSAPublicKeyParameters k ? k.getParameters().getQ().bitLength() : -1;
    }

    /** The RSA public exponent as a decimal string (JS makes a BigInt of it). */
    @HostAccess.Export
    public String publicExponent() {
        return pubParam instanceof RSAKeyParameters k ? k.getExponent().toString() : null;
    }

    @HostAccess.Export
    public boolean sameAs(AsymKey o) {
        try {
            if (!type.equals(o.type) || (priv == null) != (o.priv == null)) return false;
            if (priv != null && privParam instanceof MLKEMPrivateKeyParameters k) {
                // The same key whether it came with its seed or as the expanded key alone.
                return Arrays.equals(k.getEncoded(), ((MLKEMPrivateKeyParameters) o.privParam).getEncoded());
            }
            if (priv != null) {
                return Arrays.equals(priv.parsePrivateKey().toASN1Primitive().getEncoded("DER"),
                        o.priv.parsePrivateKey().toASN1Primitive().getEncoded("DER"));
            }
            return Arrays.equals(pub.getPublicKeyData().getBytes(), o.pub.getPublicKeyData().getBytes());
        } catch (IOException e) {
            return false;
        }
    }

    static BigInteger unsigned(byte[] b) {
        return new BigInteger(1, b);
    }
}
