package dev.node4j.crypto;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Certificate;
import org.graalvm.polyglot.HostAccess;

/** One parsed X.509 certificate, with the strings Node's X509Certificate shows (OpenSSL style). */
public final class X509 {
    private final byte[] der;
    private final X509Certificate cert;
    private final Certificate asn1;

    X509(byte[] der) throws Exception {
        this.der = der;
        this.cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        this.asn1 = Certificate.getInstance(der);
    }

    private static String name(X500Name n) {
        StringBuilder sb = new StringBuilder();
        for (RDN rdn : n.getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                if (!sb.isEmpty()) sb.append('\n');
                String label = BCStyle.INSTANCE.oidToDisplayName(tv.getType());
                if (label == null) label = tv.getType().getId();
                if (label.equals("E")) label = "emailAddress";
                sb.append(label).append('=').append(tv.getValue().toString());
            }
        }
        return sb.toString();
    }

    @HostAccess.Export
    public String subject() {
        return name(asn1.getSubject());
    }

    @HostAccess.Export
    public String issuer() {
        return name(asn1.getIssuer());
    }

    private static final DateTimeFormatter OPENSSL_DATE =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @HostAccess.Export
    public String validFrom() {
        return OPENSSL_DATE.format(cert.getNotBefore().toInstant());
    }

    @HostAccess.Export
    public String validTo() {
        return OPENSSL_DATE.format(cert.getNotAfter().toInstant());
    }

    @HostAccess.Export
    public double validFromMillis() {
        return cert.getNotBefore().getTime();
    }

    @HostAccess.Export
    public double validToMillis() {
        return cert.getNotAfter().getTime();
    }

    @HostAccess.Export
    public String serialNumber() {
        // OpenSSL prints whole bytes: an odd number of hex digits gets a leading zero.
        String hex = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    @HostAccess.Export
    public String fingerprint(String alg) throws Exception {
        byte[] d = MessageDigest.getInstance(alg).digest(der);
        StringBuilder sb = new StringBuilder();
        for (byte b : d) {
            if (!sb.isEmpty()) sb.append(':');
            sb.append(String.format("%02X", b & 0xff));
        }
        return sb.toString();
    }

    @HostAccess.Export
    public boolean ca() {
        return cert.getBasicConstraints() >= 0;
    }

    /** [type, value] pairs flattened: type 2 is DNS, 7 IP, 1 email, 6 URI. */
    private List<Object[]> altNames() throws Exception {
        Collection<List<?>> all = cert.getSubjectAlternativeNames();
        List<Object[]> out = new ArrayList<>();
        if (all != null) for (List<?> e : all) out.add(new Object[] {e.get(0), e.get(1)});
        return out;
    }

    @HostAccess.Export
    public String subjectAltName() throws Exception {
        List<String> parts = new ArrayList<>();
        for (Object[] e : altNames()) {
            int t = (Integer) e[0];
            String label = switch (t) {
                case 1 -> "email";
                case 2 -> "DNS";
                case 6 -> "URI";
                case 7 -> "IP Address";
                default -> null;
            };
            if (label != null) parts.add(label + ":" + e[1]);
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The matching DNS name for host (wildcards in the left-most label), else null. */
    @HostAccess.Export
    public String checkHost(String host) throws Exception {
        String h = host.toLowerCase(Locale.ROOT);
        for (Object[] e : altNames()) {
            if ((Integer) e[0] != 2) continue;
            String n = ((String) e[1]).toLowerCase(Locale.ROOT);
            if (n.equals(h)) return (String) e[1];
            if (n.startsWith("*.") && h.indexOf('.') > 0 && h.substring(h.indexOf('.')).equals(n.substring(1))) {
                return host;
            }
        }
        return null;
    }

    @HostAccess.Export
    public String checkIP(String ip) throws Exception {
        InetAddress want = InetAddress.getByName(ip);
        for (Object[] e : altNames()) {
            if ((Integer) e[0] == 7 && InetAddress.getByName((String) e[1]).equals(want)) return ip;
        }
        return null;
    }

    @HostAccess.Export
    public AsymKey publicKey() throws Exception {
        return AsymKey.ofPublic(asn1.getSubjectPublicKeyInfo());
    }

    @HostAccess.Export
    public boolean verify(AsymKey key) {
        try {
            String alg = switch (key.type) {
                case "rsa" -> "RSA";
                case "rsa-pss" -> "RSASSA-PSS";
                case "ec" -> "EC";
                case "ed25519" -> "Ed25519";
                case "ed448" -> "Ed448";
                default -> throw new IllegalArgumentException(key.type);
            };
            var pk = KeyFactory.getInstance(alg, Ciphers.BC).generatePublic(new X509EncodedKeySpec(key.pub.getEncoded()));
            cert.verify(pk, Ciphers.BC);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @HostAccess.Export
    public String raw() {
        return CryptoBinding.latin1(der);
    }

    @HostAccess.Export
    public String pem() {
        return KeyCodec.pem("CERTIFICATE", der);
    }
}
