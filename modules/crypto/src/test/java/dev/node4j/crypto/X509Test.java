package dev.node4j.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

/**
 * X509 on the compat-test fixture certificates (made with openssl; expected values from Node 25):
 * OpenSSL's signature algorithm names, Authority Information Access, extended key usage, the
 * toLegacyObject key details.
 */
class X509Test {
    private static final Path FIXTURES = Path.of("../../compat-tests/fixtures");

    static X509 load(String name) throws Exception {
        String pem = Files.readString(FIXTURES.resolve(name));
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        return new X509(Base64.getDecoder().decode(body));
    }

    @Test
    void signatureAlgorithmNamesAreOpenSslLongNames() throws Exception {
        X509 leaf = load("x509_leaf_cert.pem");
        assertThat(leaf.signatureAlgorithmOid()).isEqualTo("1.2.840.113549.1.1.11");
        assertThat(leaf.signatureAlgorithm()).isEqualTo("sha256WithRSAEncryption");
        X509 ec = load("ec_p256_cert.pem");
        assertThat(ec.signatureAlgorithmOid()).isEqualTo("1.2.840.10045.4.3.2");
        assertThat(ec.signatureAlgorithm()).isEqualTo("ecdsa-with-SHA256");
        assertThat(X509.signatureAlgorithmName("1.2.840.113549.1.1.10")).isEqualTo("rsassaPss");
        assertThat(X509.signatureAlgorithmName("1.3.101.112")).isEqualTo("ED25519");
        assertThat(X509.signatureAlgorithmName("2.16.840.1.101.3.4.3.2")).isEqualTo("dsa_with_SHA256");
        assertThat(X509.signatureAlgorithmName("2.16.840.1.101.3.4.3.14")).isEqualTo("RSA-SHA3-256");
        assertThat(X509.signatureAlgorithmName("1.2.3.4")).isNull();
    }

    @Test
    void authorityInformationAccess() throws Exception {
        X509 leaf = load("x509_leaf_cert.pem");
        assertThat(leaf.infoAccess())
                .isEqualTo("OCSP - URI:http://ocsp.compat.test\nCA Issuers - URI:http://ca.compat.test/ca.crt");
        assertThat(leaf.infoAccessPairs()).containsExactly(
                "OCSP - URI", "http://ocsp.compat.test", "CA Issuers - URI", "http://ca.compat.test/ca.crt");
        X509 ca = load("x509_ca_cert.pem");
        assertThat(ca.infoAccess()).isNull();
        assertThat(ca.infoAccessPairs()).isNull();
    }

    @Test
    void extendedKeyUsageOids() throws Exception {
        assertThat(load("x509_leaf_cert.pem").keyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(load("x509_ca_cert.pem").keyUsage()).isNull();
    }

    @Test
    void alternativeNamesAndQuoting() throws Exception {
        assertThat(load("x509_leaf_cert.pem").subjectAltName()).isEqualTo(
                "DNS:leaf.compat.test, DNS:*.wild.compat.test, email:admin@compat.test, "
                        + "IP Address:192.168.1.10, IP Address:0:0:0:0:0:0:0:1, URI:https://compat.test/id");
        assertThat(X509.quoteIfNeeded("http://o/a b")).isEqualTo("http://o/a b");
        assertThat(X509.quoteIfNeeded("http://o/a,b")).isEqualTo("\"http://o/a\\u002cb\"");
        assertThat(X509.quoteIfNeeded("a\\b")).isEqualTo("\"a\\\\b\"");
        assertThat(X509.quoteIfNeeded("\u00c3\u00a9.x")).isEqualTo("\"\\u00c3\\u00a9.x\"");
        assertThat(X509.ipText(new byte[] {(byte) 0x20, 1, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}))
                .isEqualTo("2001:DB8:0:0:0:0:0:1");
        assertThat(X509.generalName(new GeneralName(GeneralName.registeredID, "1.2.3.4")))
                .containsExactly("Registered ID", "1.2.3.4");
    }

    @Test
    void legacyKeyDetails() throws Exception {
        X509 leaf = load("x509_leaf_cert.pem");
        assertThat(leaf.bits()).isEqualTo(256);
        assertThat(leaf.asn1Curve()).isEqualTo("prime256v1");
        assertThat(leaf.nistCurve()).isEqualTo("P-256");
        assertThat(leaf.modulus()).isNull();
        assertThat(leaf.exponent()).isNull();
        assertThat(leaf.pubkey()).hasSize(65).startsWith("\u0004");
        assertThat(leaf.namePairs(false)).containsExactly(
                "C", "US", "ST", "California", "O", "node4j", "OU", "compat", "CN", "leaf.compat.test");
        assertThat(leaf.namePairs(true)).containsExactly("C", "US", "O", "node4j", "CN", "node4j Test CA");

        X509 ca = load("x509_ca_cert.pem");
        assertThat(ca.bits()).isEqualTo(2048);
        assertThat(ca.exponent()).isEqualTo("0x10001");
        assertThat(ca.modulus()).hasSize(512).startsWith("BBE0A6A8029867A2").isUpperCase();
        assertThat(ca.asn1Curve()).isNull();
        assertThat(ca.nistCurve()).isNull();
        // The whole SubjectPublicKeyInfo DER: SEQUENCE of 0x122 bytes.
        assertThat(ca.pubkey()).hasSize(294).startsWith("0\u0082\u0001\"");
    }

}
