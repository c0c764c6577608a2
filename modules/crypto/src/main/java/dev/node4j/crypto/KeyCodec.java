package dev.node4j.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.Ed448PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed448PublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.ECPoint;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Key formats: PEM / DER (pkcs1, pkcs8, spki, sec1, encrypted pkcs8) and JWK, both ways. */
final class KeyCodec {
    private KeyCodec() {}

    /** A key input error that Node reports with an OpenSSL-style code. */
    static final class KeyFormatException extends Exception {
        final String code;

        KeyFormatException(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

    /** Parses a PEM key; wantPrivate false accepts any key/cert and yields its public half. */
    static AsymKey parsePem(String pem, byte[] passphrase, boolean wantPrivate) throws Exception {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        String label = m.group(1);
        String body = m.group(2);
        byte[] der;
        if (body.contains("Proc-Type:")) {
            der = decryptLegacy(body, passphrase);
        } else {
            der = Base64.getMimeDecoder().decode(body);
        }
        String type = switch (label) {
            case "PRIVATE KEY" -> "pkcs8";
            case "ENCRYPTED PRIVATE KEY" -> "encrypted";
            case "RSA PRIVATE KEY" -> "pkcs1-private";
            case "DSA PRIVATE KEY" -> "dsa-private";
            case "EC PRIVATE KEY" -> "sec1";
            case "PUBLIC KEY" -> "spki";
            case "RSA PUBLIC KEY" -> "pkcs1";
            case "CERTIFICATE" -> "cert";
            default -> throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        };
        if (type.equals("encrypted")) {
            if (passphrase == null) {
                throw new KeyFormatException("ERR_MISSING_PASSPHRASE", "Passphrase required for encrypted key");
            }
            der = decryptPkcs8(der, passphrase);
            type = "pkcs8";
        }
        return parseDer(der, type, wantPrivate);
    }

    /** DER of a given type: pkcs8, sec1, pkcs1 (private when wantPrivate), spki, cert. */
    static AsymKey parseDer(byte[] der, String type, boolean wantPrivate) throws Exception {
        try {
            return switch (type) {
                case "pkcs8" -> pub(AsymKey.ofPrivate(PrivateKeyInfo.getInstance(der)), wantPrivate);
                case "pkcs1-private" -> pub(AsymKey.ofPrivate(new PrivateKeyInfo(
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        RSAPrivateKey.getInstance(der))), wantPrivate);
                case "pkcs1" -> wantPrivate ? parseDer(der, "pkcs1-private", true)
                        : AsymKey.ofPublic(new SubjectPublicKeyInfo(
                                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                                RSAPublicKey.getInstance(der)));
                case "sec1" -> {
                    ECPrivateKey k = ECPrivateKey.getInstance(der);
                    ASN1Encodable params = k.getParametersObject();
                    yield pub(AsymKey.ofPrivate(new PrivateKeyInfo(
                            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, params), k)), wantPrivate);
                }
                case "dsa-private" -> {
                    // OpenSSL's traditional DSA key: SEQUENCE { 0, p, q, g, y, x }.
                    var seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
                    BigInteger[] v = new BigInteger[6];
                    for (int i = 0; i < 6; i++) {
                        v[i] = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(i)).getValue();
                    }
                    var params = new org.bouncycastle.asn1.x509.DSAParameter(v[1], v[2], v[3]);
                    yield pub(AsymKey.ofPrivate(new PrivateKeyInfo(
                            new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa, params),
                            new org.bouncycastle.asn1.ASN1Integer(v[5]))), wantPrivate);
                }
                // A public key or certificate is no private key (OpenSSL's decoder finds none).
                case "spki" -> AsymKey.ofPublic(SubjectPublicKeyInfo.getInstance(notPrivate(der, wantPrivate)));
                case "cert" -> AsymKey.ofPublic(Certificate.getInstance(notPrivate(der, wantPrivate))
                        .getSubjectPublicKeyInfo());
                default -> throw new KeyFormatException("ERR_INVALID_ARG_VALUE", "bad key type " + type);
            };
        } catch (KeyFormatException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IOException e) {
            throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        }
    }

    private static byte[] notPrivate(byte[] der, boolean wantPrivate) throws KeyFormatException {
        if (wantPrivate) throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        return der;
    }

    private static AsymKey pub(AsymKey k, boolean wantPrivate) {
        return wantPrivate ? k : k.publicKey();
    }

    // ---- legacy (RFC 1421) PEM encryption of pkcs1 / sec1 keys ---------------------------

    /** OpenSSL's EVP_BytesToKey with MD5 and one iteration: the key of legacy encrypted PEM. */
    private static byte[] bytesToKey(byte[] pass, byte[] salt, int len) throws Exception {
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        byte[] out = new byte[len];
        byte[] prev = new byte[0];
        for (int n = 0; n < len; ) {
            md5.update(prev);
            md5.update(pass);
            md5.update(salt, 0, 8);
            prev = md5.digest();
            int c = Math.min(prev.length, len - n);
            System.arraycopy(prev, 0, out, n, c);
            n += c;
        }
        return out;
    }

    private static byte[] legacyCrypt(boolean encrypt, String cipher, byte[] pass, byte[] iv, byte[] data)
            throws Exception {
        Ciphers.Info ci = Ciphers.info(cipher);
        if (ci == null || ci.ivLength() == 0 || ci.aead()) {
            throw new KeyFormatException("ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        }
        Ciphers.State st = new Ciphers.State(ci, encrypt, bytesToKey(pass, iv, ci.keyLength()), iv, 16);
        byte[] a = st.update(data);
        byte[] b = st.doFinal();
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] decryptLegacy(String body, byte[] pass) throws Exception {
        Matcher m = Pattern.compile("DEK-Info: *([A-Za-z0-9-]+), *([0-9A-Fa-f]+)").matcher(body);
        if (!m.find()) throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        if (pass == null) {
            throw new KeyFormatException("ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED",
                    "error:07880109:common libcrypto routines::interrupted or cancelled");
        }
        byte[] iv = java.util.HexFormat.of().parseHex(m.group(2));
        int blank = body.indexOf("\n\n") >= 0 ? body.indexOf("\n\n") : body.indexOf("\r\n\r\n");
        byte[] enc = Base64.getMimeDecoder().decode(body.substring(blank).trim());
        try {
            return legacyCrypt(false, m.group(1), pass, iv, enc);
        } catch (java.security.GeneralSecurityException e) {
            throw new KeyFormatException("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
        }
    }

    /** A legacy encrypted PEM (Proc-Type / DEK-Info headers) of a pkcs1 or sec1 key. */
    static String encryptLegacyPem(String label, byte[] der, String cipher, byte[] pass) throws Exception {
        Ciphers.Info ci = Ciphers.info(cipher);
        if (ci == null) throw new KeyFormatException("ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        byte[] iv = new byte[ci.ivLength()];
        new SecureRandom().nextBytes(iv);
        byte[] enc = legacyCrypt(true, cipher, pass, iv, der);
        String b64 = pem(label, enc);
        String headers = "Proc-Type: 4,ENCRYPTED\nDEK-Info: " + ci.nid().toUpperCase(java.util.Locale.ROOT) + ","
                + java.util.HexFormat.of().withUpperCase().formatHex(iv) + "\n\n";
        int nl = b64.indexOf('\n') + 1;
        return b64.substring(0, nl) + headers + b64.substring(nl);
    }

    // ---- encrypted PKCS#8 (PBES2: PBKDF2-HMAC + AES-CBC) ------------------------------------

    private static final Map<ASN1ObjectIdentifier, String> PRF = Map.of(
            PKCSObjectIdentifiers.id_hmacWithSHA1, "sha1", PKCSObjectIdentifiers.id_hmacWithSHA224, "sha224",
            PKCSObjectIdentifiers.id_hmacWithSHA256, "sha256", PKCSObjectIdentifiers.id_hmacWithSHA384, "sha384",
            PKCSObjectIdentifiers.id_hmacWithSHA512, "sha512");

    /** Whether DER is an EncryptedPrivateKeyInfo rather than a plain PrivateKeyInfo. */
    static boolean isEncryptedPkcs8(byte[] der) {
        try {
            var seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(der);
            return seq.size() == 2 && seq.getObjectAt(0) instanceof org.bouncycastle.asn1.ASN1Sequence;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static byte[] decryptPkcs8(byte[] der, byte[] pass) throws Exception {
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(der);
        AlgorithmIdentifier alg = info.getEncryptionAlgorithm();
        if (!alg.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
            throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "unsupported PKCS#8 encryption " + alg.getAlgorithm());
        }
        PBES2Parameters p = PBES2Parameters.getInstance(alg.getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(p.getKeyDerivationFunc().getParameters());
        EncryptionScheme scheme = p.getEncryptionScheme();
        String cipher = aesName(scheme.getAlgorithm());
        Ciphers.Info ci = Ciphers.info(cipher);
        String prf = kdf.isDefaultPrf() ? "sha1" : PRF.get(kdf.getPrf().getAlgorithm());
        byte[] key = CryptoBinding.pbkdf2(pass, kdf.getSalt(), kdf.getIterationCount().intValue(), ci.keyLength(), prf);
        byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return c.doFinal(info.getEncryptedData());
        } catch (java.security.GeneralSecurityException e) {
            throw new KeyFormatException("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
        }
    }

    private static String aesName(ASN1ObjectIdentifier oid) throws KeyFormatException {
        if (oid.equals(NISTObjectIdentifiers.id_aes128_CBC)) return "aes-128-cbc";
        if (oid.equals(NISTObjectIdentifiers.id_aes192_CBC)) return "aes-192-cbc";
        if (oid.equals(NISTObjectIdentifiers.id_aes256_CBC)) return "aes-256-cbc";
        throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", "unsupported PKCS#8 cipher " + oid);
    }

    static byte[] encryptPkcs8(byte[] der, String cipher, byte[] pass) throws Exception {
        Ciphers.Info ci = Ciphers.info(cipher);
        ASN1ObjectIdentifier oid = switch (ci == null ? "" : ci.nid()) {
            case "aes-128-cbc" -> NISTObjectIdentifiers.id_aes128_CBC;
            case "aes-192-cbc" -> NISTObjectIdentifiers.id_aes192_CBC;
            case "aes-256-cbc" -> NISTObjectIdentifiers.id_aes256_CBC;
            default -> throw new KeyFormatException("ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        };
        SecureRandom r = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        r.nextBytes(salt);
        r.nextBytes(iv);
        int iter = 2048;
        byte[] key = CryptoBinding.pbkdf2(pass, salt, iter, ci.keyLength(), "sha256");
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        byte[] enc = c.doFinal(der);
        PBKDF2Params kdf = new PBKDF2Params(salt, iter,
                new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE));
        PBES2Parameters p = new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, kdf),
                new EncryptionScheme(oid, new DEROctetString(iv)));
        return new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, p), enc)
                .getEncoded("DER");
    }

    // ---- export -------------------------------------------------------------------------

    /** DER for an export type: spki, pkcs1, pkcs8, sec1. */
    static byte[] exportDer(AsymKey k, String type, boolean privatePart) throws Exception {
        if (!privatePart) {
            return switch (type) {
                case "spki" -> k.pub.getEncoded("DER");
                case "pkcs1" -> k.pub.parsePublicKey().toASN1Primitive().getEncoded("DER");
                default -> throw new KeyFormatException("ERR_INVALID_ARG_VALUE", type);
            };
        }
        return switch (type) {
            case "pkcs8" -> k.priv.getEncoded("DER");
            case "pkcs1", "sec1" -> k.priv.parsePrivateKey().toASN1Primitive().getEncoded("DER");
            default -> throw new KeyFormatException("ERR_INVALID_ARG_VALUE", type);
        };
    }

    static String pem(String label, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < b64.length(); i += 64) sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        return sb.append("-----END ").append(label).append("-----\n").toString();
    }

    static String pemLabel(String type, boolean privatePart, boolean encrypted) {
        if (!privatePart) return type.equals("pkcs1") ? "RSA PUBLIC KEY" : "PUBLIC KEY";
        if (encrypted) return "ENCRYPTED PRIVATE KEY";
        return switch (type) {
            case "pkcs1" -> "RSA PRIVATE KEY";
            case "sec1" -> "EC PRIVATE KEY";
            default -> "PRIVATE KEY";
        };
    }

    // ---- JWK ----------------------------------------------------------------------------

    private static String b64u(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String b64u(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) b = java.util.Arrays.copyOfRange(b, 1, b.length);
        return b64u(b);
    }

    private static String b64u(BigInteger v, int len) {
        byte[] b = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(len, v);
        return b64u(b);
    }

    private static byte[] unb64u(String s) {
        return Base64.getUrlDecoder().decode(s);
    }

    static Map<String, String> exportJwk(AsymKey k, boolean privatePart) throws KeyFormatException {
        Map<String, String> m = new LinkedHashMap<>();
        var p = k.pubParam;
        if (p instanceof RSAKeyParameters r) {
            m.put("kty", "RSA");
            m.put("n", b64u(r.getModulus()));
            m.put("e", b64u(r.getExponent()));
            if (privatePart && k.privParam instanceof RSAPrivateCrtKeyParameters c) {
                m.put("d", b64u(c.getExponent()));
                m.put("p", b64u(c.getP()));
                m.put("q", b64u(c.getQ()));
                m.put("dp", b64u(c.getDP()));
                m.put("dq", b64u(c.getDQ()));
                m.put("qi", b64u(c.getQInv()));
            }
        } else if (p instanceof ECPublicKeyParameters e) {
            String crv = k.namedCurve() == null ? null : Curves.jwkName(Curves.oid(k.namedCurve()));
            if (crv == null) throw new KeyFormatException("ERR_CRYPTO_JWK_UNSUPPORTED_CURVE", "Unsupported JWK EC curve");
            int len = (e.getParameters().getCurve().getFieldSize() + 7) / 8;
            m.put("kty", "EC");
            m.put("x", b64u(e.getQ().getAffineXCoord().toBigInteger(), len));
            m.put("y", b64u(e.getQ().getAffineYCoord().toBigInteger(), len));
            m.put("crv", crv);
            if (privatePart) m.put("d", b64u(((ECPrivateKeyParameters) k.privParam).getD(), len));
        } else {
            m.put("crv", switch (k.type) {
                case "ed25519" -> "Ed25519";
                case "ed448" -> "Ed448";
                case "x25519" -> "X25519";
                default -> "X448";
            });
            byte[] x = k.pub.getPublicKeyData().getBytes();
            if (privatePart) {
                m.put("d", b64u(ASN1OctetString.getInstance(
                        orFail(() -> k.priv.parsePrivateKey())).getOctets()));
            }
            m.put("x", b64u(x));
            m.put("kty", "OKP");
        }
        return m;
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> T orFail(IoSupplier<T> s) throws KeyFormatException {
        try {
            return s.get();
        } catch (IOException e) {
            throw new KeyFormatException("ERR_OSSL_UNSUPPORTED", e.getMessage());
        }
    }

    /** A key from JWK members (strings, null when absent). */
    static AsymKey importJwk(Map<String, String> j, boolean wantPrivate) throws Exception {
        String kty = j.get("kty");
        boolean hasD = j.get("d") != null;
        if (wantPrivate && !hasD) throw new KeyFormatException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK private key");
        try {
            switch (kty == null ? "" : kty) {
                case "RSA" -> {
                    BigInteger n = AsymKey.unsigned(unb64u(j.get("n")));
                    BigInteger e = AsymKey.unsigned(unb64u(j.get("e")));
                    if (hasD) {
                        var c = new RSAPrivateCrtKeyParameters(n, e, AsymKey.unsigned(unb64u(j.get("d"))),
                                AsymKey.unsigned(unb64u(j.get("p"))), AsymKey.unsigned(unb64u(j.get("q"))),
                                AsymKey.unsigned(unb64u(j.get("dp"))), AsymKey.unsigned(unb64u(j.get("dq"))),
                                AsymKey.unsigned(unb64u(j.get("qi"))));
                        return pub(AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(c)), wantPrivate);
                    }
                    return AsymKey.ofPublic(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(
                            new RSAKeyParameters(false, n, e)));
                }
                case "EC" -> {
                    var oid = Curves.oid(j.get("crv"));
                    if (oid == null) throw new KeyFormatException("ERR_CRYPTO_JWK_UNSUPPORTED_CURVE",
                            "Unsupported JWK EC curve: " + j.get("crv") + ".");
                    var dp = Curves.params(oid);
                    if (hasD) {
                        var d = new ECPrivateKeyParameters(AsymKey.unsigned(unb64u(j.get("d"))), dp);
                        return pub(AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(d)), wantPrivate);
                    }
                    ECPoint q = dp.getCurve().createPoint(AsymKey.unsigned(unb64u(j.get("x"))),
                            AsymKey.unsigned(unb64u(j.get("y"))));
                    return AsymKey.ofPublic(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(
                            new ECPublicKeyParameters(q, dp)));
                }
                case "OKP" -> {
                    String crv = j.get("crv") == null ? "" : j.get("crv");
                    if (hasD) {
                        byte[] d = unb64u(j.get("d"));
                        var p = switch (crv) {
                            case "Ed25519" -> new Ed25519PrivateKeyParameters(d);
                            case "Ed448" -> new Ed448PrivateKeyParameters(d);
                            case "X25519" -> new X25519PrivateKeyParameters(d);
                            case "X448" -> new X448PrivateKeyParameters(d);
                            default -> throw new KeyFormatException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK OKP key");
                        };
                        return pub(AsymKey.ofPrivate(PrivateKeyInfoFactory.createPrivateKeyInfo(p)), wantPrivate);
                    }
                    byte[] x = unb64u(j.get("x"));
                    var p = switch (crv) {
                        case "Ed25519" -> new Ed25519PublicKeyParameters(x);
                        case "Ed448" -> new Ed448PublicKeyParameters(x);
                        case "X25519" -> new X25519PublicKeyParameters(x);
                        case "X448" -> new X448PublicKeyParameters(x);
                        default -> throw new KeyFormatException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK OKP key");
                    };
                    return AsymKey.ofPublic(SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(p));
                }
                default -> throw new KeyFormatException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK key");
            }
        } catch (KeyFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KeyFormatException("ERR_CRYPTO_INVALID_JWK", "Invalid JWK " + kty + " key");
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
