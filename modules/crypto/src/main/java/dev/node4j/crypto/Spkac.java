package dev.node4j.crypto;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A Netscape SPKAC (crypto.Certificate): base64 of
 * SEQUENCE { SEQUENCE { SubjectPublicKeyInfo, IA5String challenge }, AlgorithmIdentifier, BIT STRING }.
 * Input that is not one parses to null, which Node reports as false / empty output.
 */
final class Spkac {
    final SubjectPublicKeyInfo spki;
    final String challenge;
    private final byte[] signedPart;
    private final AlgorithmIdentifier algorithm;
    private final byte[] signature;

    private Spkac(ASN1Sequence top) throws Exception {
        ASN1Sequence pkac = ASN1Sequence.getInstance(top.getObjectAt(0));
        spki = SubjectPublicKeyInfo.getInstance(pkac.getObjectAt(0));
        challenge = ASN1IA5String.getInstance(pkac.getObjectAt(1)).getString();
        signedPart = pkac.getEncoded("DER");
        algorithm = AlgorithmIdentifier.getInstance(top.getObjectAt(1));
        signature = DERBitString.getInstance(top.getObjectAt(2)).getOctets();
    }

    /** The SPKAC in base64 text (whitespace and line breaks allowed), or null. */
    static Spkac parse(byte[] base64Text) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64Text);
            ASN1Sequence top = ASN1Sequence.getInstance(der);
            return top.size() == 3 ? new Spkac(top) : null;
        } catch (Exception | LinkageError e) {
            return null;   // not an SPKAC: Node answers false / empty, not an error
        }
    }

    /** Does the signature over the public key and challenge verify with that public key? */
    boolean verify() {
        try {
            PublicKey key = KeyFactory.getInstance(keyAlgorithm())
                    .generatePublic(new X509EncodedKeySpec(spki.getEncoded("DER")));
            Signature s = Signature.getInstance(algorithm.getAlgorithm().getId(), Ciphers.BC);
            s.initVerify(key);
            s.update(signedPart);
            return s.verify(signature);
        } catch (Exception e) {
            return false;   // unknown algorithm or a malformed key or signature: not verified
        }
    }

    private String keyAlgorithm() {
        String oid = spki.getAlgorithm().getAlgorithm().getId();
        return switch (oid) {
            case "1.2.840.10045.2.1" -> "EC";
            case "1.2.840.10040.4.1" -> "DSA";
            case "1.3.101.112" -> "Ed25519";
            case "1.3.101.113" -> "Ed448";
            default -> "RSA";
        };
    }

    /** The public key as SPKI PEM, as Node's exportPublicKey gives it. */
    String publicKeyPem() throws Exception {
        return KeyCodec.pem("PUBLIC KEY", spki.getEncoded("DER"));
    }
}
