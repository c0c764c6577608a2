package dev.node4j.crypto;

import java.io.ByteArrayInputStream;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
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
                sb.append(attributeName(tv.getType())).append('=').append(tv.getValue().toString());
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

    // ---- OpenSSL names for object identifiers -------------------------------------------

    /** The OpenSSL long name of a signature algorithm OID, or null when OpenSSL has none. */
    static String signatureAlgorithmName(String oid) {
        return OpenSslNames.SIGNATURE_NAMES.get(oid);
    }

    private static String attributeName(ASN1ObjectIdentifier oid) {
        String n = OpenSslNames.NAME_ATTRIBUTES.get(oid.getId());
        if (n != null) return n;
        n = BCStyle.INSTANCE.oidToDisplayName(oid);
        return n != null ? n : oid.getId();
    }

    @HostAccess.Export
    public String signatureAlgorithm() {
        return signatureAlgorithmName(signatureAlgorithmOid());
    }

    @HostAccess.Export
    public String signatureAlgorithmOid() {
        return asn1.getSignatureAlgorithm().getAlgorithm().getId();
    }

    // ---- extensions --------------------------------------------------------------------

    private Extensions extensions() {
        return asn1.getTBSCertificate().getExtensions();
    }

    private GeneralName[] altNames() {
        Extensions ext = extensions();
        GeneralNames gns = ext == null ? null : GeneralNames.fromExtensions(ext, Extension.subjectAlternativeName);
        return gns == null ? new GeneralName[0] : gns.getNames();
    }

    /** The bytes of an IA5String general name (dNSName, rfc822Name, URI) as a Latin-1 string. */
    static String ia5(GeneralName gn) {
        return ((ASN1String) gn.getName()).getString();
    }

    /** A general name's label and its value as text (unquoted), as OpenSSL and Node print them. */
    static String[] generalName(GeneralName gn) {
        return switch (gn.getTagNo()) {
            case GeneralName.dNSName -> new String[] {"DNS", ia5(gn)};
            case GeneralName.rfc822Name -> new String[] {"email", ia5(gn)};
            case GeneralName.uniformResourceIdentifier -> new String[] {"URI", ia5(gn)};
            case GeneralName.iPAddress -> new String[] {"IP Address",
                ipText(ASN1OctetString.getInstance(gn.getName()).getOctets())};
            case GeneralName.directoryName -> new String[] {"DirName", rfc2253(X500Name.getInstance(gn.getName()))};
            case GeneralName.registeredID -> new String[] {"Registered ID",
                ASN1ObjectIdentifier.getInstance(gn.getName()).getId()};
            case GeneralName.otherName -> new String[] {"othername", "<unsupported>"};
            case GeneralName.x400Address -> new String[] {"X400Name", "<unsupported>"};
            default -> new String[] {"EdiPartyName", "<unsupported>"};
        };
    }

    /** An IP address as OpenSSL prints it: dotted IPv4, eight upper-case hex groups for IPv6. */
    static String ipText(byte[] a) {
        if (a.length == 4) return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        if (a.length != 16) return "<invalid length=" + a.length + ">";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) sb.append(':');
            sb.append(Integer.toHexString(((a[i] & 0xff) << 8) | (a[i + 1] & 0xff)).toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** A distinguished name in RFC 2253 order (last RDN first) with its escapes. */
    static String rfc2253(X500Name n) {
        RDN[] rdns = n.getRDNs();
        StringBuilder sb = new StringBuilder();
        for (int i = rdns.length - 1; i >= 0; i--) {
            if (i != rdns.length - 1) sb.append(',');
            AttributeTypeAndValue[] tvs = rdns[i].getTypesAndValues();
            for (int j = 0; j < tvs.length; j++) {
                if (j > 0) sb.append('+');
                sb.append(attributeName(tvs[j].getType())).append('=')
                        .append(IETFUtils.valueToString(tvs[j].getValue()));
            }
        }
        return sb.toString();
    }

    /**
     * A value as Node prints it inside subjectAltName / infoAccess: as it is when that is
     * unambiguous, else as a JSON string literal (commas, quotes, backslashes, control and
     * non-ASCII bytes escaped).
     */
    static String quoteIfNeeded(String v) {
        boolean plain = true;
        for (int i = 0; i < v.length() && plain; i++) plain = safe(v.charAt(i));
        if (plain) return v;
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (safe(c)) sb.append(c);
            else sb.append(String.format("\\u%04x", (int) c));
        }
        return sb.append('"').toString();
    }

    private static boolean safe(char c) {
        return c >= 0x20 && c <= 0x7e && c != ',' && c != '"' && c != '\\';
    }

    @HostAccess.Export
    public String subjectAltName() {
        List<String> parts = new ArrayList<>();
        for (GeneralName gn : altNames()) {
            String[] lv = generalName(gn);
            parts.add(lv[0] + ":" + quoteIfNeeded(lv[1]));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** [key, value] pairs of Authority Information Access, key "<method> - <kind>"; null when absent. */
    List<String[]> infoAccessEntries() {
        Extensions ext = extensions();
        AuthorityInformationAccess aia = ext == null ? null : AuthorityInformationAccess.fromExtensions(ext);
        if (aia == null) return null;
        List<String[]> out = new ArrayList<>();
        for (AccessDescription ad : aia.getAccessDescriptions()) {
            String method = ad.getAccessMethod().getId();
            String[] lv = generalName(ad.getAccessLocation());
            out.add(new String[] {OpenSslNames.ACCESS_METHOD_NAMES.getOrDefault(method, method) + " - " + lv[0], lv[1]});
        }
        return out;
    }

    @HostAccess.Export
    public String infoAccess() {
        List<String[]> entries = infoAccessEntries();
        if (entries == null) return null;
        List<String> lines = new ArrayList<>();
        for (String[] e : entries) lines.add(e[0] + ":" + quoteIfNeeded(e[1]));
        return String.join("\n", lines);
    }

    /** toLegacyObject().infoAccess as key, value, key, value, ...; null when absent. */
    @HostAccess.Export
    public String[] infoAccessPairs() {
        List<String[]> entries = infoAccessEntries();
        if (entries == null) return null;
        String[] out = new String[entries.size() * 2];
        for (int i = 0; i < entries.size(); i++) {
            out[2 * i] = entries.get(i)[0];
            out[2 * i + 1] = entries.get(i)[1];
        }
        return out;
    }

    /** The extended key usage OIDs in certificate order (Node's keyUsage); null when absent. */
    @HostAccess.Export
    public String[] keyUsage() {
        Extensions ext = extensions();
        ExtendedKeyUsage eku = ext == null ? null : ExtendedKeyUsage.fromExtensions(ext);
        if (eku == null) return null;
        KeyPurposeId[] ids = eku.getUsages();
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = ids[i].getId();
        return out;
    }

    /** Subject (or issuer) attributes as short name, value, short name, value, ... in order. */
    @HostAccess.Export
    public String[] namePairs(boolean issuer) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : (issuer ? asn1.getIssuer() : asn1.getSubject()).getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                out.add(attributeName(tv.getType()));
                out.add(text(tv.getValue()));
            }
        }
        return out.toArray(new String[0]);
    }

    static String text(ASN1Encodable v) {
        return v instanceof ASN1String s ? s.getString() : v.toString();
    }

    // ---- public key details for toLegacyObject -----------------------------------------

    private SubjectPublicKeyInfo spki() {
        return asn1.getSubjectPublicKeyInfo();
    }

    private String keyAlgorithm() {
        return spki().getAlgorithm().getAlgorithm().getId();
    }

    private boolean isRsa() {
        String a = keyAlgorithm();
        return a.equals("1.2.840.113549.1.1.1") || a.equals("1.2.840.113549.1.1.10");
    }

    private boolean isEc() {
        return keyAlgorithm().equals("1.2.840.10045.2.1");
    }

    private RSAPublicKey rsaKey() throws Exception {
        return RSAPublicKey.getInstance(spki().parsePublicKey());
    }

    /** The named curve of an EC key, or null (not EC, or explicit parameters). */
    private ASN1ObjectIdentifier curveOid() {
        if (!isEc()) return null;
        ASN1Encodable p = spki().getAlgorithm().getParameters();
        return p instanceof ASN1ObjectIdentifier o ? o : null;
    }

    /** Key size in bits: the RSA modulus or the EC group order; -1 for other key types. */
    @HostAccess.Export
    public int bits() throws Exception {
        if (isRsa()) return rsaKey().getModulus().bitLength();
        if (isEc()) {
            ASN1Encodable p = spki().getAlgorithm().getParameters();
            X9ECParameters x9 = p instanceof ASN1ObjectIdentifier o ? ECNamedCurveTable.getByOID(o)
                    : X9ECParameters.getInstance(p);
            return x9 == null ? -1 : x9.getN().bitLength();
        }
        return -1;
    }

    /** RSA modulus as upper-case hex without leading zeros; null for other key types. */
    @HostAccess.Export
    public String modulus() throws Exception {
        return isRsa() ? rsaKey().getModulus().toString(16).toUpperCase(Locale.ROOT) : null;
    }

    /** RSA public exponent as "0x" and lower-case hex; null for other key types. */
    @HostAccess.Export
    public String exponent() throws Exception {
        return isRsa() ? "0x" + rsaKey().getPublicExponent().toString(16) : null;
    }

    /** RSA: the SubjectPublicKeyInfo DER; EC: the encoded point as in the certificate; else null. */
    @HostAccess.Export
    public String pubkey() throws Exception {
        if (isRsa()) return CryptoBinding.latin1(spki().getEncoded("DER"));
        if (isEc()) return CryptoBinding.latin1(spki().getPublicKeyData().getOctets());
        return null;
    }

    @HostAccess.Export
    public String asn1Curve() {
        ASN1ObjectIdentifier o = curveOid();
        if (o == null) return null;
        String n = OpenSslNames.CURVE_NAMES.get(o.getId());
        if (n == null) n = ECNamedCurveTable.getName(o);
        return n != null ? n : o.getId();
    }

    @HostAccess.Export
    public String nistCurve() {
        ASN1ObjectIdentifier o = curveOid();
        return o == null ? null : OpenSslNames.NIST_CURVES.get(o.getId());
    }

    // ---- checkHost / checkEmail / checkIP -----------------------------------------------

    /** The certificate's names, for checkHost, checkEmail and checkIP. */
    @HostAccess.Export
    public X509Match match() {
        return new X509Match(altNames(), asn1.getSubject());
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
