package dev.node4j.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;

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
    private static String ia5(GeneralName gn) {
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

    private static String text(ASN1Encodable v) {
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

    // ---- checkHost / checkEmail / checkIP (OpenSSL's X509_check_* rules) ----------------

    /**
     * Whether a name may be checked at all: OpenSSL refuses names with a NUL byte anywhere but
     * at the very end (Node's "Invalid name").
     */
    @HostAccess.Export
    public boolean validCheckName(String name) {
        int nul = name.indexOf('\0');
        return nul < 0 || (nul == name.length() - 1 && name.length() > 1);
    }

    /** The UTF-8 bytes of a name as a Latin-1 string, without one trailing NUL. */
    private static String bytesOf(String name) {
        if (name.length() > 1 && name.charAt(name.length() - 1) == 0) name = name.substring(0, name.length() - 1);
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String utf8Bytes(ASN1Encodable v) {
        return new String(text(v).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String fromBytes(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private List<String> subjectValues(String oid) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : asn1.getSubject().getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                if (tv.getType().getId().equals(oid)) out.add(utf8Bytes(tv.getValue()));
            }
        }
        return out;
    }

    /** Host name matching options, as Node's checkHost takes them. */
    record HostOptions(String subject, boolean wildcards, boolean partialWildcards, boolean multiLabelWildcards,
            boolean singleLabelSubdomains) {
        static final HostOptions DEFAULT = new HostOptions("default", true, true, false, false);
    }

    /**
     * The DNS name (or subject CN) that matches host, else null. subject is "default" (the CN only
     * when there is no DNS alternative name), "always" or "never".
     */
    @HostAccess.Export
    public String checkHost(String host, String subject, boolean wildcards, boolean partialWildcards,
            boolean multiLabelWildcards, boolean singleLabelSubdomains) {
        return checkHost(host, new HostOptions(subject, wildcards, partialWildcards, multiLabelWildcards,
                singleLabelSubdomains));
    }

    String checkHost(String host, HostOptions o) {
        String h = bytesOf(host);
        boolean sanPresent = false;
        for (GeneralName gn : altNames()) {
            if (gn.getTagNo() != GeneralName.dNSName) continue;
            sanPresent = true;
            String v = ia5(gn);
            if (!v.isEmpty() && hostMatches(v, h, o)) return fromBytes(v);
        }
        if (!checkSubject(o.subject(), sanPresent)) return null;
        for (String cn : subjectValues("2.5.4.3")) {
            if (!cn.isEmpty() && hostMatches(cn, h, o)) return fromBytes(cn);
        }
        return null;
    }

    private static boolean checkSubject(String mode, boolean sanPresent) {
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> !sanPresent;
        };
    }

    /** Whether the certificate holds email (alternative name, or subject emailAddress per subject). */
    @HostAccess.Export
    public boolean checkEmail(String email, String subject) {
        String e = bytesOf(email);
        boolean sanPresent = false;
        for (GeneralName gn : altNames()) {
            if (gn.getTagNo() != GeneralName.rfc822Name) continue;
            sanPresent = true;
            String v = ia5(gn);
            if (!v.isEmpty() && emailMatches(v, e)) return true;
        }
        if (!checkSubject(subject, sanPresent)) return false;
        for (String v : subjectValues("1.2.840.113549.1.9.1")) {
            if (!v.isEmpty() && emailMatches(v, e)) return true;
        }
        return false;
    }

    /** Local part compared exactly, domain (from the last '@') without regard to ASCII case. */
    static boolean emailMatches(String pattern, String email) {
        if (pattern.length() != email.length()) return false;
        int at = -1;
        for (int i = pattern.length() - 1; i > 0; i--) {
            if (pattern.charAt(i) == '@' || email.charAt(i) == '@') {
                at = i;
                break;
            }
        }
        if (at < 0) return pattern.equals(email);
        return sameIgnoringAsciiCase(pattern.substring(at), email.substring(at))
                && pattern.substring(0, at).equals(email.substring(0, at));
    }

    private static boolean sameIgnoringAsciiCase(String a, String b) {
        if (a.length() != b.length()) return false;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == 0 || y == 0) return false;
            if (x >= 'A' && x <= 'Z') x += 32;
            if (y >= 'A' && y <= 'Z') y += 32;
            if (x != y) return false;
        }
        return true;
    }

    /** Whether a DNS pattern from the certificate matches host (both as Latin-1 byte strings). */
    static boolean hostMatches(String pattern, String host, HostOptions o) {
        // A host ".example.com" asks for any name under example.com.
        boolean subdomains = host.length() > 1 && host.charAt(0) == '.';
        int star = -1;
        if (o.wildcards() && !subdomains) star = wildcardPosition(pattern, o);
        if (star < 0) return equalsAsSubdomain(pattern, host, subdomains, o.singleLabelSubdomains());
        return wildcardMatches(pattern.substring(0, star), pattern.substring(star + 1), host, o);
    }

    private static boolean equalsAsSubdomain(String pattern, String host, boolean subdomains, boolean singleLabel) {
        if (subdomains && pattern.length() > host.length()) {
            // Compare the host with the pattern's tail of the same length (which starts at a '.'
            // for a real subdomain); with singleLabelSubdomains the dropped head may hold no '.'.
            int cut = pattern.length() - host.length();
            String head = pattern.substring(0, cut);
            if (head.indexOf('\0') < 0 && !(singleLabel && head.indexOf('.') >= 0)) {
                pattern = pattern.substring(cut);
            }
        }
        return sameIgnoringAsciiCase(pattern, host);
    }

    /**
     * Where the pattern's one usable '*' is, else -1: in the first label only, at its start or end
     * (anywhere in it unless partial wildcards are off), not in an IDNA ("xn--") label, and with at
     * least two more labels after it; the pattern must be a well-formed name.
     */
    static int wildcardPosition(String p, HostOptions o) {
        int star = -1;
        int dots = 0;
        boolean labelStart = true;
        boolean hyphenEnd = false;
        boolean idna = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*') {
                boolean atStart = labelStart;
                boolean atEnd = i == p.length() - 1 || p.charAt(i + 1) == '.';
                if (star >= 0 || idna || dots > 0) return -1;
                if (!atStart && !atEnd) return -1;
                if (!o.partialWildcards() && !(atStart && atEnd)) return -1;
                star = i;
                labelStart = false;
            } else if (isAlnum(c)) {
                if (labelStart && p.regionMatches(true, i, "xn--", 0, 4)) idna = true;
                labelStart = false;
                hyphenEnd = false;
            } else if (c == '.') {
                if (labelStart || hyphenEnd) return -1;
                labelStart = true;
                idna = false;
                dots++;
            } else if (c == '-') {
                if (labelStart) return -1;
                hyphenEnd = true;
            } else {
                return -1;
            }
        }
        if (labelStart || hyphenEnd || dots < 2) return -1;
        return star;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean wildcardMatches(String prefix, String suffix, String host, HostOptions o) {
        if (host.length() < prefix.length() + suffix.length()) return false;
        int from = prefix.length();
        int to = host.length() - suffix.length();
        if (!sameIgnoringAsciiCase(prefix, host.substring(0, from))) return false;
        if (!sameIgnoringAsciiCase(suffix, host.substring(to))) return false;
        boolean wholeLabel = prefix.isEmpty() && suffix.startsWith(".");
        // A '*' that is the whole first label stands for at least one character.
        if (wholeLabel && from == to) return false;
        // A partial wildcard never matches an IDNA label.
        if (!wholeLabel && host.regionMatches(true, 0, "xn--", 0, 4)) return false;
        if (to == from + 1 && host.charAt(from) == '*') return true;
        boolean multi = wholeLabel && o.multiLabelWildcards();
        for (int i = from; i < to; i++) {
            char c = host.charAt(i);
            if (!(isAlnum(c) || c == '-' || (multi && c == '.'))) return false;
        }
        return true;
    }

    /** The address bytes of an IPv4 or IPv6 literal (inet_pton rules), else null. */
    static byte[] parseIp(String s) {
        byte[] v4 = parseIpv4(s);
        return v4 != null ? v4 : parseIpv6(s);
    }

    private static byte[] parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return null;
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') return null;
                v = v * 10 + (c - '0');
            }
            if (v > 255) return null;
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseIpv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
        List<Integer> head = new ArrayList<>();
        List<Integer> tail = new ArrayList<>();
        if (gap < 0) {
            if (!groups(s, head, true) || head.size() != 8) return null;
        } else {
            if (!groups(s.substring(0, gap), head, false) || !groups(s.substring(gap + 2), tail, true)) return null;
            if (head.size() + tail.size() > 7) return null;
        }
        byte[] out = new byte[16];
        put(out, 0, head);
        put(out, 16 - 2 * tail.size(), tail);
        return out;
    }

    /** Colon-separated hex groups as 16-bit words (a dotted IPv4 last group gives two); "" is none. */
    private static boolean groups(String s, List<Integer> out, boolean mayEndWithV4) {
        if (s.isEmpty()) return true;
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && mayEndWithV4 && p.indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(p);
                if (v4 == null) return false;
                out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
                out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
                continue;
            }
            if (p.isEmpty() || p.length() > 4) return false;
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                int d = c < 128 ? Character.digit(c, 16) : -1;
                if (d < 0) return false;
                v = (v << 4) | d;
            }
            out.add(v);
        }
        return true;
    }

    private static void put(byte[] out, int pos, List<Integer> words) {
        for (int w : words) {
            out[pos++] = (byte) (w >> 8);
            out[pos++] = (byte) w;
        }
    }

    /** Whether ip is a valid IPv4/IPv6 literal (Node's "Invalid IP" otherwise). */
    @HostAccess.Export
    public boolean validIp(String ip) {
        return parseIp(ip) != null;
    }

    /** ip when an IP address alternative name holds that address, else null. */
    @HostAccess.Export
    public String checkIP(String ip) {
        byte[] want = parseIp(ip);
        if (want == null) return null;
        for (GeneralName gn : altNames()) {
            if (gn.getTagNo() == GeneralName.iPAddress
                    && java.util.Arrays.equals(ASN1OctetString.getInstance(gn.getName()).getOctets(), want)) {
                return ip;
            }
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
