package dev.node4j.crypto;

import java.util.Map;

/** OpenSSL's names for OIDs, as Node's X509Certificate prints them (tables only). */
final class OpenSslNames {
    private OpenSslNames() {}

    /** OpenSSL's long names (OBJ_nid2ln) of the signature algorithms a certificate may carry. */
    static final Map<String, String> SIGNATURE_NAMES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.1", "rsaEncryption"),
            Map.entry("1.2.840.113549.1.1.2", "md2WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.3", "md4WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.10", "rsassaPss"),
            Map.entry("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.14", "sha224WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.15", "sha512-224WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.16", "sha512-256WithRSAEncryption"),
            Map.entry("1.3.14.3.2.3", "md5WithRSA"),
            Map.entry("1.3.14.3.2.13", "dsaWithSHA"),
            Map.entry("1.3.14.3.2.15", "shaWithRSAEncryption"),
            Map.entry("1.3.14.3.2.27", "dsaWithSHA1-old"),
            Map.entry("1.3.14.3.2.29", "sha1WithRSA"),
            Map.entry("1.3.36.3.3.1.2", "ripemd160WithRSA"),
            Map.entry("1.2.840.10040.4.3", "dsaWithSHA1"),
            Map.entry("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
            Map.entry("1.2.840.10045.4.3.1", "ecdsa-with-SHA224"),
            Map.entry("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
            Map.entry("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
            Map.entry("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
            Map.entry("2.16.840.1.101.3.4.3.1", "dsa_with_SHA224"),
            Map.entry("2.16.840.1.101.3.4.3.2", "dsa_with_SHA256"),
            Map.entry("2.16.840.1.101.3.4.3.3", "dsa_with_SHA384"),
            Map.entry("2.16.840.1.101.3.4.3.4", "dsa_with_SHA512"),
            Map.entry("2.16.840.1.101.3.4.3.5", "dsa_with_SHA3-224"),
            Map.entry("2.16.840.1.101.3.4.3.6", "dsa_with_SHA3-256"),
            Map.entry("2.16.840.1.101.3.4.3.7", "dsa_with_SHA3-384"),
            Map.entry("2.16.840.1.101.3.4.3.8", "dsa_with_SHA3-512"),
            Map.entry("2.16.840.1.101.3.4.3.9", "ecdsa_with_SHA3-224"),
            Map.entry("2.16.840.1.101.3.4.3.10", "ecdsa_with_SHA3-256"),
            Map.entry("2.16.840.1.101.3.4.3.11", "ecdsa_with_SHA3-384"),
            Map.entry("2.16.840.1.101.3.4.3.12", "ecdsa_with_SHA3-512"),
            Map.entry("2.16.840.1.101.3.4.3.13", "RSA-SHA3-224"),
            Map.entry("2.16.840.1.101.3.4.3.14", "RSA-SHA3-256"),
            Map.entry("2.16.840.1.101.3.4.3.15", "RSA-SHA3-384"),
            Map.entry("2.16.840.1.101.3.4.3.16", "RSA-SHA3-512"),
            Map.entry("2.16.840.1.101.3.4.3.17", "ML-DSA-44"),
            Map.entry("2.16.840.1.101.3.4.3.18", "ML-DSA-65"),
            Map.entry("2.16.840.1.101.3.4.3.19", "ML-DSA-87"),
            Map.entry("2.16.840.1.101.3.4.3.20", "SLH-DSA-SHA2-128s"),
            Map.entry("2.16.840.1.101.3.4.3.21", "SLH-DSA-SHA2-128f"),
            Map.entry("2.16.840.1.101.3.4.3.22", "SLH-DSA-SHA2-192s"),
            Map.entry("2.16.840.1.101.3.4.3.23", "SLH-DSA-SHA2-192f"),
            Map.entry("2.16.840.1.101.3.4.3.24", "SLH-DSA-SHA2-256s"),
            Map.entry("2.16.840.1.101.3.4.3.25", "SLH-DSA-SHA2-256f"),
            Map.entry("2.16.840.1.101.3.4.3.26", "SLH-DSA-SHAKE-128s"),
            Map.entry("2.16.840.1.101.3.4.3.27", "SLH-DSA-SHAKE-128f"),
            Map.entry("2.16.840.1.101.3.4.3.28", "SLH-DSA-SHAKE-192s"),
            Map.entry("2.16.840.1.101.3.4.3.29", "SLH-DSA-SHAKE-192f"),
            Map.entry("2.16.840.1.101.3.4.3.30", "SLH-DSA-SHAKE-256s"),
            Map.entry("2.16.840.1.101.3.4.3.31", "SLH-DSA-SHAKE-256f"),
            Map.entry("1.3.101.112", "ED25519"),
            Map.entry("1.3.101.113", "ED448"),
            Map.entry("1.2.156.10197.1.501", "SM2-with-SM3"),
            Map.entry("1.2.643.2.2.3", "GOST R 34.11-94 with GOST R 34.10-2001"),
            Map.entry("1.2.643.7.1.1.3.2", "GOST R 34.10-2012 with GOST R 34.11-2012 (256 bit)"),
            Map.entry("1.2.643.7.1.1.3.3", "GOST R 34.10-2012 with GOST R 34.11-2012 (512 bit)"));

    /** OpenSSL's long names of the access methods in Authority Information Access. */
    static final Map<String, String> ACCESS_METHOD_NAMES = Map.of(
            "1.3.6.1.5.5.7.48.1", "OCSP",
            "1.3.6.1.5.5.7.48.2", "CA Issuers",
            "1.3.6.1.5.5.7.48.3", "AD Time Stamping",
            "1.3.6.1.5.5.7.48.4", "ad dvcs",
            "1.3.6.1.5.5.7.48.5", "CA Repository");

    /** OpenSSL's short names of distinguished-name attributes (the keys of toLegacyObject().subject). */
    static final Map<String, String> NAME_ATTRIBUTES = Map.ofEntries(
            Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.4", "SN"), Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.6", "C"), Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.8", "ST"),
            Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"),
            Map.entry("2.5.4.12", "title"), Map.entry("2.5.4.13", "description"),
            Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.17", "postalCode"),
            Map.entry("2.5.4.41", "name"), Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.44", "generationQualifier"), Map.entry("2.5.4.46", "dnQualifier"),
            Map.entry("2.5.4.65", "pseudonym"), Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("0.9.2342.19200300.100.1.1", "UID"), Map.entry("0.9.2342.19200300.100.1.25", "DC"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));

    /** NIST names of the named curves that have one (EC_curve_nid2nist). */
    static final Map<String, String> NIST_CURVES = Map.of(
            "1.2.840.10045.3.1.1", "P-192", "1.3.132.0.33", "P-224", "1.2.840.10045.3.1.7", "P-256",
            "1.3.132.0.34", "P-384", "1.3.132.0.35", "P-521");

    /** OpenSSL's short names of named curves where they differ from Bouncy Castle's. */
    static final Map<String, String> CURVE_NAMES = Map.of(
            "1.2.840.10045.3.1.1", "prime192v1", "1.2.840.10045.3.1.7", "prime256v1");
}
