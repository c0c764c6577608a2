package dev.node4j.crypto;

import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;

/** The EC curves Node knows by OpenSSL name (and JWK / NIST aliases), mapped to Bouncy Castle. */
final class Curves {
    private Curves() {}

    private static final Map<String, ASN1ObjectIdentifier> BY_NAME = Map.ofEntries(
            Map.entry("prime256v1", SECObjectIdentifiers.secp256r1), Map.entry("P-256", SECObjectIdentifiers.secp256r1),
            Map.entry("secp256r1", SECObjectIdentifiers.secp256r1),
            Map.entry("secp384r1", SECObjectIdentifiers.secp384r1), Map.entry("P-384", SECObjectIdentifiers.secp384r1),
            Map.entry("secp521r1", SECObjectIdentifiers.secp521r1), Map.entry("P-521", SECObjectIdentifiers.secp521r1),
            Map.entry("secp256k1", SECObjectIdentifiers.secp256k1),
            Map.entry("secp224r1", SECObjectIdentifiers.secp224r1), Map.entry("P-224", SECObjectIdentifiers.secp224r1));

    /** getCurves(): the OpenSSL names we support. */
    static final List<String> NAMES = List.of("prime256v1", "secp224r1", "secp256k1", "secp384r1", "secp521r1");

    static ASN1ObjectIdentifier oid(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    static ECNamedDomainParameters params(ASN1ObjectIdentifier oid) {
        X9ECParameters x9 = CustomNamedCurves.getByOID(oid);
        return new ECNamedDomainParameters(oid, x9);
    }

    static String opensslName(ASN1ObjectIdentifier oid) {
        if (oid.equals(SECObjectIdentifiers.secp256r1)) return "prime256v1";
        if (oid.equals(SECObjectIdentifiers.secp384r1)) return "secp384r1";
        if (oid.equals(SECObjectIdentifiers.secp521r1)) return "secp521r1";
        if (oid.equals(SECObjectIdentifiers.secp256k1)) return "secp256k1";
        if (oid.equals(SECObjectIdentifiers.secp224r1)) return "secp224r1";
        return oid.getId();
    }

    static String jwkName(ASN1ObjectIdentifier oid) {
        if (oid.equals(SECObjectIdentifiers.secp256r1)) return "P-256";
        if (oid.equals(SECObjectIdentifiers.secp384r1)) return "P-384";
        if (oid.equals(SECObjectIdentifiers.secp521r1)) return "P-521";
        if (oid.equals(SECObjectIdentifiers.secp256k1)) return "secp256k1";
        return null;
    }
}
