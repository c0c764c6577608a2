package dev.node4j.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.agreement.X448Agreement;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed448KeyPairGenerator;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.X448KeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed448KeyGenerationParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X448KeyGenerationParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.DSASigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed448Signer;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.util.BigIntegers;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** Asymmetric work: key parsing/export/generation, sign/verify, RSA encryption, key agreement. */
public final class AsymBinding {
    private final CryptoBinding b;
    private final SecureRandom random = new SecureRandom();

    AsymBinding(CryptoBinding b) {
        this.b = b;
    }

    private static byte[] read(Value ab, int off, int len) {
        return CryptoBinding.read(ab, off, len);
    }

    private RuntimeException rethrow(Exception e) {
        if (e instanceof KeyCodec.KeyFormatException k) {
            String cls = k.code.equals("ERR_INVALID_ARG_VALUE") || k.code.startsWith("ERR_CRYPTO_INVALID_JWK")
                    || k.code.equals("ERR_MISSING_PASSPHRASE")
                    ? "TypeError" : "Error";
            throw b.fail(cls, k.code, k.getMessage());
        }
        throw b.fail("Error", "ERR_OSSL_UNSUPPORTED", String.valueOf(e.getMessage()));
    }

    // ---- keys ---------------------------------------------------------------------------

    @HostAccess.Export
    public AsymKey fromPem(String pem, Value passAb, int po, int pl, boolean wantPrivate) {
        try {
            return KeyCodec.parsePem(pem, passAb == null || passAb.isNull() ? null : read(passAb, po, pl), wantPrivate);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @HostAccess.Export
    public AsymKey fromDer(Value ab, int off, int len, String type, boolean wantPrivate, Value passAb, int po, int pl) {
        try {
            byte[] der = read(ab, off, len);
            if (type.equals("pkcs8") && KeyCodec.isEncryptedPkcs8(der)) {
                if (passAb == null || passAb.isNull()) {
                    throw new KeyCodec.KeyFormatException("ERR_MISSING_PASSPHRASE",
                            "Passphrase required for encrypted key");
                }
                der = KeyCodec.decryptPkcs8(der, read(passAb, po, pl));
            }
            String t = type.equals("pkcs1") && wantPrivate ? "pkcs1-private" : type;
            return KeyCodec.parseDer(der, t, wantPrivate);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @HostAccess.Export
    public AsymKey fromJwk(Value jwk, boolean wantPrivate) {
        Map<String, String> m = new HashMap<>();
        for (String k : new String[] {"kty", "crv", "n", "e", "d", "p", "q", "dp", "dq", "qi", "x", "y"}) {
            Value v = jwk.getMember(k);
            if (v != null && v.isString()) m.put(k, v.asString());
        }
        try {
            return KeyCodec.importJwk(m, wantPrivate);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @HostAccess.Export
    public AsymKey publicOf(AsymKey k) {
        return k.publicKey();
    }

    @HostAccess.Export
    public String exportPem(AsymKey k, String type, boolean privatePart, String cipher, Value passAb, int po, int pl) {
        try {
            byte[] der = KeyCodec.exportDer(k, type, privatePart);
            boolean enc = cipher != null;
            if (enc && !type.equals("pkcs8")) {
                return KeyCodec.encryptLegacyPem(KeyCodec.pemLabel(type, true, false), der, cipher,
                        read(passAb, po, pl));
            }
            if (enc) der = KeyCodec.encryptPkcs8(der, cipher, read(passAb, po, pl));
            return KeyCodec.pem(KeyCodec.pemLabel(type, privatePart, enc), der);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @HostAccess.Export
    public String exportDer(AsymKey k, String type, boolean privatePart, String cipher, Value passAb, int po, int pl) {
        try {
            byte[] der = KeyCodec.exportDer(k, type, privatePart);
            if (cipher != null) der = KeyCodec.encryptPkcs8(der, cipher, read(passAb, po, pl));
            return CryptoBinding.latin1(der);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** JWK members as [name, value, name, value, ...]. */
    @HostAccess.Export
    public String[] exportJwk(AsymKey k, boolean privatePart) {
        try {
            Map<String, String> m = KeyCodec.exportJwk(k, privatePart);
            String[] out = new String[m.size() * 2];
            int i = 0;
            for (var e : m.entrySet()) {
                out[i++] = e.getKey();
                out[i++] = e.getValue();
            }
            return out;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A new private key: rsa (bits, exponent), ec (curve), ed25519, ed448, x25519, x448. */
    @HostAccess.Export
    public AsymKey generate(String type, int bits, double exponent, String curve) {
        try {
            if (type.equals("rsa")) {
                // The JDK's generator finds primes about twice as fast as Bouncy Castle's here.
                var g = java.security.KeyPairGenerator.getInstance("RSA");
                g.initialize(new java.security.spec.RSAKeyGenParameterSpec(bits, BigInteger.valueOf((long) exponent)),
                        random);
                return AsymKey.ofPrivate(PrivateKeyInfo.getInstance(g.generateKeyPair().getPrivate().getEncoded()));
            }
            AsymmetricCipherKeyPair kp = switch (type) {
                case "ec" -> {
                    ECKeyPairGenerator g = new ECKeyPairGenerator();
                    g.init(new ECKeyGenerationParameters(Curves.params(Curves.oid(curve)), random));
                    yield g.generateKeyPair();
                }
                case "ed25519" -> {
                    var g = new Ed25519KeyPairGenerator();
                    g.init(new Ed25519KeyGenerationParameters(random));
                    yield g.generateKeyPair();
                }
                case "ed448" -> {
                    var g = new Ed448KeyPairGenerator();
                    g.init(new Ed448KeyGenerationParameters(random));
                    yield g.generateKeyPair();
                }
                case "x25519" -> {
                    var g = new X25519KeyPairGenerator();
                    g.init(new X25519KeyGenerationParameters(random));
                    yield g.generateKeyPair();
                }
                case "x448" -> {
                    var g = new X448KeyPairGenerator();
                    g.init(new X448KeyGenerationParameters(random));
                    yield g.generateKeyPair();
                }
                default -> throw new IllegalArgumentException(type);
            };
            PrivateKeyInfo info = PrivateKeyInfoFactory.createPrivateKeyInfo(kp.getPrivate());
            return AsymKey.ofPrivate(info);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A new DSA private key: p of bits bits, q of divisorBits bits (FIPS 186-3 parameters). */
    @HostAccess.Export
    public AsymKey generateDsa(int bits, int divisorBits) {
        try {
            int n = divisorBits > 0 ? divisorBits : bits >= 2048 ? 256 : 160;
            var pg = new org.bouncycastle.crypto.generators.DSAParametersGenerator(
                    n > 160 ? new org.bouncycastle.crypto.digests.SHA256Digest()
                            : new org.bouncycastle.crypto.digests.SHA1Digest());
            if (bits > 1024 || n != 160) {
                pg.init(new org.bouncycastle.crypto.params.DSAParameterGenerationParameters(bits, n, 80, random));
            } else {
                pg.init(bits, 80, random);
            }
            var g = new org.bouncycastle.crypto.generators.DSAKeyPairGenerator();
            g.init(new org.bouncycastle.crypto.params.DSAKeyGenerationParameters(random, pg.generateParameters()));
            return AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(g.generateKeyPair().getPrivate()));
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A new DH private key on a named group, a given prime, or a new safe prime of primeBits bits. */
    @HostAccess.Export
    public AsymKey generateDh(String group, Value primeAb, int off, int len, int primeBits, int g) {
        try {
            org.bouncycastle.crypto.params.DHParameters params;
            if (group != null) {
                params = Dh.GROUPS.get(group);
            } else {
                BigInteger gen = BigInteger.valueOf(g);
                BigInteger p = primeAb != null && !primeAb.isNull() ? new BigInteger(1, read(primeAb, off, len))
                        : Dh.safePrime(primeBits, g, random);
                params = new org.bouncycastle.crypto.params.DHParameters(p, gen);
            }
            BigInteger x;
            do {
                x = new BigInteger(params.getP().bitLength() - 1, random);
            } while (x.signum() == 0);
            // PKCS#3 DH private key (Bouncy Castle's factory has no DH): parameters (p, g), x.
            var alg = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.dhKeyAgreement,
                    new org.bouncycastle.asn1.pkcs.DHParameter(params.getP(), params.getG(), 0));
            return AsymKey.ofPrivate(new PrivateKeyInfo(alg, new org.bouncycastle.asn1.ASN1Integer(x)));
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** A new RSA-PSS private key; hash / mgf1 null and saltLen < 0 leave the parameters out. */
    @HostAccess.Export
    public AsymKey generateRsaPss(int bits, double exponent, String hash, String mgf1, int saltLen) {
        try {
            AsymKey rsa = generate("rsa", bits, exponent, null);
            org.bouncycastle.asn1.ASN1Encodable params = null;
            if (hash != null || mgf1 != null || saltLen >= 0) {
                String h = hash == null ? "sha1" : hash;
                String m = mgf1 == null ? h : mgf1;
                var hashAlg = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(Digests.oid(h),
                        org.bouncycastle.asn1.DERNull.INSTANCE);
                var mgfAlg = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                        org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_mgf1,
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(Digests.oid(m),
                                org.bouncycastle.asn1.DERNull.INSTANCE));
                int salt = saltLen >= 0 ? saltLen : Digests.bc(h).getDigestSize();
                params = new org.bouncycastle.asn1.pkcs.RSASSAPSSparams(hashAlg, mgfAlg,
                        new org.bouncycastle.asn1.ASN1Integer(salt),
                        org.bouncycastle.asn1.pkcs.RSASSAPSSparams.DEFAULT_TRAILER_FIELD);
            }
            var alg = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_RSASSA_PSS, params);
            return AsymKey.ofPrivate(new PrivateKeyInfo(alg, rsa.priv.parsePrivateKey()));
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    @HostAccess.Export
    public String[] curves() {
        return Curves.NAMES.toArray(new String[0]);
    }

    @HostAccess.Export
    public boolean knownCurve(String name) {
        return Curves.oid(name) != null;
    }

    // ---- sign / verify ------------------------------------------------------------------

    private Signer signer(AsymKey k, String digest, int padding, int saltLen, boolean p1363, boolean forSigning) {
        String d = digest == null ? "sha256" : digest;
        return switch (k.type) {
            case "rsa", "rsa-pss" -> {
                if (padding == 6 || k.type.equals("rsa-pss")) {
                    Digest h = Digests.bc(d);
                    int salt = saltLen;
                    if (salt == -1) salt = h.getDigestSize();
                    else if (salt == -2) {
                        int emLen = (((RSAKeyParameters) k.pubParam).getModulus().bitLength() + 6) / 8;
                        salt = emLen - h.getDigestSize() - 2;
                    }
                    yield new PSSSigner(new RSABlindedEngine(), h, Digests.bc(d), salt);
                }
                yield new RSADigestSigner(Digests.bc(d));
            }
            case "ec" -> new DSADigestSigner(forSigning
                    && ((ECPrivateKeyParameters) k.privParam).getParameters() instanceof ECNamedDomainParameters named
                    ? EcdsaBaseMultiplier.signer(named) : new ECDSASigner(), Digests.bc(d),
                    p1363 ? PlainDSAEncoding.INSTANCE : StandardDSAEncoding.INSTANCE);
            case "dsa" -> new DSADigestSigner(new DSASigner(), Digests.bc(d),
                    p1363 ? PlainDSAEncoding.INSTANCE : StandardDSAEncoding.INSTANCE);
            case "ed25519" -> new Ed25519Signer();
            case "ed448" -> new Ed448Signer(new byte[0]);
            default -> throw b.fail("Error", "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                    "error:03000096:digital envelope routines::operation not supported for this keytype");
        };
    }

    private void checkPadding(AsymKey k, int padding) {
        if (k.type.startsWith("rsa") && padding != 1 && padding != 6) {
            throw b.fail("Error", "ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE",
                    "error:1C8000A5:Provider routines::illegal or unsupported padding mode");
        }
    }

    @HostAccess.Export
    public String sign(AsymKey k, String digest, Value ab, int off, int len, int padding, int saltLen, boolean p1363) {
        if (k.priv == null) {
            throw b.fail("Error", "ERR_CRYPTO_SIGN_KEY_REQUIRED", "No key provided to sign");
        }
        checkPadding(k, padding);
        byte[] data = read(ab, off, len);
        if (k.type.equals("rsa") && padding != 6) {
            byte[] sig = JdkRsaSign.sign(k, digest == null ? "sha256" : digest, data, random);
            if (sig != null) return CryptoBinding.latin1(sig);
        }
        Signer s = signer(k, digest, padding, saltLen, p1363, true);
        s.init(true, k.type.startsWith("ed") ? k.privParam : new ParametersWithRandom(k.privParam, random));
        s.update(data, 0, len);
        try {
            return CryptoBinding.latin1(s.generateSignature());
        } catch (Exception e) {
            throw b.fail("Error", "ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY",
                    "error:02000070:rsa routines::digest too big for rsa key");
        }
    }

    @HostAccess.Export
    public boolean verify(AsymKey k, String digest, Value ab, int off, int len, Value sab, int soff, int slen,
            int padding, int saltLen, boolean p1363) {
        checkPadding(k, padding);
        byte[] sig = read(sab, soff, slen);
        int salt = saltLen;
        if (saltLen == -2 && (padding == 6 || k.type.equals("rsa-pss"))) {
            // RSA_PSS_SALTLEN_AUTO: take the salt length the signature itself carries.
            salt = pssSaltLength(k, digest == null ? "sha256" : digest, sig);
            if (salt < 0) return false;
        }
        Signer s = signer(k, digest, padding, salt, p1363, false);
        s.init(false, k.pubParam);
        s.update(read(ab, off, len), 0, len);
        try {
            return s.verifySignature(sig);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The salt length inside an EMSA-PSS signature (RFC 8017 9.1.2), or -1 when it is malformed. */
    private static int pssSaltLength(AsymKey k, String digest, byte[] sig) {
        try {
            var pub = (RSAKeyParameters) k.pubParam;
            var e = new org.bouncycastle.crypto.engines.RSAEngine();
            e.init(false, pub);
            int emBits = pub.getModulus().bitLength() - 1;
            int emLen = (emBits + 7) / 8;
            byte[] em = BigIntegers.asUnsignedByteArray(emLen, new BigInteger(1, e.processBlock(sig, 0, sig.length)));
            int hLen = Digests.bc(digest).getDigestSize();
            if (emLen < hLen + 2 || em[emLen - 1] != (byte) 0xbc) return -1;
            byte[] h = java.util.Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
            byte[] db = new byte[emLen - hLen - 1];
            var mgf = new org.bouncycastle.crypto.generators.MGF1BytesGenerator(Digests.bc(digest));
            mgf.init(new org.bouncycastle.crypto.params.MGFParameters(h));
            mgf.generateBytes(db, 0, db.length);
            for (int i = 0; i < db.length; i++) db[i] ^= em[i];
            db[0] &= (byte) (0xff >>> (8 * emLen - emBits));
            for (int i = 0; i < db.length; i++) {
                if (db[i] == 1) return db.length - i - 1;
                if (db[i] != 0) return -1;
            }
            return -1;
        } catch (RuntimeException ex) {
            return -1;
        }
    }

    /** Whether two keys share domain parameters (EC curve, DH group), as key agreement needs. */
    @HostAccess.Export
    public boolean sameDomain(AsymKey a, AsymKey b) {
        if (a.pubParam instanceof ECPublicKeyParameters x && b.pubParam instanceof ECPublicKeyParameters y) {
            return x.getParameters().equals(y.getParameters());
        }
        if (a.pubParam instanceof org.bouncycastle.crypto.params.DHPublicKeyParameters x
                && b.pubParam instanceof org.bouncycastle.crypto.params.DHPublicKeyParameters y) {
            return x.getParameters().getP().equals(y.getParameters().getP())
                    && x.getParameters().getG().equals(y.getParameters().getG());
        }
        return true;
    }

    // ---- RSA encryption -----------------------------------------------------------------

    /** publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt; padding as Node's constants. */
    @HostAccess.Export
    public String rsaCrypt(AsymKey k, boolean encrypt, boolean usePrivate, int padding, String oaepHash,
            Value lab, int lo, int ll, Value ab, int off, int len) {
        if (!k.type.startsWith("rsa")) {
            throw b.fail("Error", "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                    "error:03000096:digital envelope routines::operation not supported for this keytype");
        }
        AsymmetricBlockCipher c = switch (padding) {
            case 4 -> new OAEPEncoding(new RSABlindedEngine(), Digests.bc(oaepHash), Digests.bc(oaepHash),
                    ll == 0 ? null : read(lab, lo, ll));
            case 3 -> new RSABlindedEngine();
            case 1 -> new PKCS1Encoding(new RSABlindedEngine());
            default -> throw b.fail("Error", "ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE",
                    "error:02000076:rsa routines::unknown padding type");
        };
        var param = usePrivate ? k.privParam : k.pubParam;
        c.init(encrypt, new ParametersWithRandom(param, random));
        if (padding == 3 && encrypt) checkRawLength(((org.bouncycastle.crypto.params.RSAKeyParameters) param).getModulus(), ab, off, len);
        try {
            byte[] out = c.processBlock(read(ab, off, len), 0, len);
            if (padding == 3 && !encrypt) {
                // Raw RSA hands back the whole modulus-size block, leading zero bytes included.
                int size = (((org.bouncycastle.crypto.params.RSAKeyParameters) param).getModulus().bitLength() + 7) / 8;
                if (out.length < size) {
                    byte[] block = new byte[size];
                    System.arraycopy(out, 0, block, size - out.length, out.length);
                    out = block;
                }
            }
            return CryptoBinding.latin1(out);
        } catch (Exception e) {
            if (encrypt) {
                throw b.fail("Error", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE",
                        "error:0200006E:rsa routines::data too large for key size");
            }
            throw b.fail("Error", padding == 4 ? "ERR_OSSL_RSA_OAEP_DECODING_ERROR" : "ERR_OSSL_RSA_PADDING_CHECK_FAILED",
                    padding == 4 ? "error:02000079:rsa routines::oaep decoding error"
                            : "error:0200008A:rsa routines::padding check failed");
        }
    }

    /** Raw RSA (RSA_NO_PADDING) takes exactly one modulus-size block below the modulus, as OpenSSL. */
    private void checkRawLength(BigInteger modulus, Value ab, int off, int len) {
        int size = (modulus.bitLength() + 7) / 8;
        if (len < size) {
            throw b.fail("Error", "ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE", "error:0200007A:rsa routines::data too small for key size");
        }
        if (len > size) {
            throw b.fail("Error", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE", "error:0200006E:rsa routines::data too large for key size");
        }
        if (new BigInteger(1, read(ab, off, len)).compareTo(modulus) >= 0) {
            throw b.fail("Error", "ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS", "error:02000084:rsa routines::data too large for modulus");
        }
    }

    // ---- key agreement ------------------------------------------------------------------

    @HostAccess.Export
    public String agree(AsymKey priv, AsymKey pub) {
        try {
            return agreeRaw(priv, pub);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw b.fail("Error", "ERR_OSSL_FAILED_DURING_DERIVATION",
                    "error:1C8000C3:Provider routines::failed during derivation");
        }
    }

    private String agreeRaw(AsymKey priv, AsymKey pub) {
        byte[] out;
        switch (priv.type) {
            case "x25519" -> {
                var a = new X25519Agreement();
                a.init(priv.privParam);
                out = new byte[a.getAgreementSize()];
                a.calculateAgreement(pub.pubParam, out, 0);
            }
            case "x448" -> {
                var a = new X448Agreement();
                a.init(priv.privParam);
                out = new byte[a.getAgreementSize()];
                a.calculateAgreement(pub.pubParam, out, 0);
            }
            case "dh" -> {
                var a = new org.bouncycastle.crypto.agreement.DHBasicAgreement();
                a.init(priv.privParam);
                out = BigIntegers.asUnsignedByteArray(a.getFieldSize(), a.calculateAgreement(pub.pubParam));
            }
            case "ec" -> {
                var a = new ECDHBasicAgreement();
                a.init(priv.privParam);
                out = BigIntegers.asUnsignedByteArray(a.getFieldSize(), a.calculateAgreement(pub.pubParam));
            }
            default -> throw b.fail("Error", "ERR_CRYPTO_INCOMPATIBLE_KEY",
                    "Incompatible key types for Diffie-Hellman: " + priv.type + " and " + pub.type);
        }
        return CryptoBinding.latin1(out);
    }

    // ---- ECDH objects -------------------------------------------------------------------

    @HostAccess.Export
    public String ecPoint(AsymKey k, boolean compressed) {
        return CryptoBinding.latin1(((ECPublicKeyParameters) k.pubParam).getQ().getEncoded(compressed));
    }

    @HostAccess.Export
    public String ecPrivate(AsymKey k) {
        // As OpenSSL's BN_bn2bin: the scalar's bytes without leading zeros.
        var p = (ECPrivateKeyParameters) k.privParam;
        return CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(p.getD()));
    }

    @HostAccess.Export
    public AsymKey ecFromPrivate(String curve, Value ab, int off, int len) {
        ECNamedDomainParameters dp = Curves.params(Curves.oid(curve));
        BigInteger d = new BigInteger(1, read(ab, off, len));
        if (d.signum() == 0 || d.compareTo(dp.getN()) >= 0) {
            throw b.fail("Error", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
        }
        try {
            return AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(new ECPrivateKeyParameters(d, dp)));
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** ECDH with a raw peer point; null when the point is not on the curve. */
    @HostAccess.Export
    public String ecdhSecret(AsymKey priv, Value ab, int off, int len) {
        var p = (ECPrivateKeyParameters) priv.privParam;
        try {
            var q = p.getParameters().getCurve().decodePoint(read(ab, off, len));
            if (!q.isValid() || q.isInfinity()) return null;
            var a = new ECDHBasicAgreement();
            a.init(p);
            return CryptoBinding.latin1(BigIntegers.asUnsignedByteArray(a.getFieldSize(),
                    a.calculateAgreement(new ECPublicKeyParameters(q, p.getParameters()))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The raw public key: EC uncompressed point, or the Ed/X key bytes. */
    @HostAccess.Export
    public String rawPublic(AsymKey k) {
        return CryptoBinding.latin1(k.pub.getPublicKeyData().getBytes());
    }

    /** An EC public key from a raw point on a named curve; null when the point is invalid. */
    @HostAccess.Export
    public AsymKey fromEcPoint(String curve, Value ab, int off, int len) {
        ECNamedDomainParameters dp = Curves.params(Curves.oid(curve));
        try {
            var q = dp.getCurve().decodePoint(read(ab, off, len));
            if (!q.isValid() || q.isInfinity()) return null;
            return AsymKey.ofPublic(org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory
                    .createSubjectPublicKeyInfo(new ECPublicKeyParameters(q, dp)));
        } catch (Exception e) {
            return null;
        }
    }

    /** A certificate from PEM text (isPem) or DER bytes. */
    @HostAccess.Export
    public X509 x509(String pem, Value ab, int off, int len) {
        try {
            byte[] der;
            if (pem != null) {
                var m = java.util.regex.Pattern.compile(
                        "-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", java.util.regex.Pattern.DOTALL)
                        .matcher(pem);
                if (!m.find()) throw new IllegalArgumentException("no PEM certificate");
                der = java.util.Base64.getMimeDecoder().decode(m.group(1).trim());
            } else {
                der = read(ab, off, len);
            }
            return new X509(der);
        } catch (Exception e) {
            throw b.fail("Error", "ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
        }
    }
}
