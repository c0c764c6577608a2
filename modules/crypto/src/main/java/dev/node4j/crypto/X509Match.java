package dev.node4j.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.graalvm.polyglot.HostAccess;

/**
 * Whether a certificate names a host, an email address or an IP address, by OpenSSL's
 * X509_check_host / X509_check_email / X509_check_ip rules (X509Certificate's checkHost,
 * checkEmail and checkIP): the subject alternative names first, then the subject as the
 * options say.
 */
public final class X509Match {
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String EMAIL_ADDRESS = "1.2.840.113549.1.9.1";

    private final GeneralName[] altNames;
    private final X500Name subject;

    X509Match(GeneralName[] altNames, X500Name subject) {
        this.altNames = altNames;
        this.subject = subject;
    }

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
        return new String(X509.text(v).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String fromBytes(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private List<String> subjectValues(String oid) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : subject.getRDNs()) {
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
        String match = firstMatch(GeneralName.dNSName, COMMON_NAME, o.subject(), v -> hostMatches(v, h, o));
        return match == null ? null : fromBytes(match);
    }

    /**
     * The first non-empty alternative name with that tag that matches, else, when the subject mode
     * allows it, the first matching non-empty subject value of that attribute; null when none.
     */
    private String firstMatch(int tag, String subjectOid, String subjectMode, Predicate<String> matches) {
        boolean sanPresent = false;
        for (GeneralName gn : altNames) {
            if (gn.getTagNo() != tag) continue;
            sanPresent = true;
            String v = X509.ia5(gn);
            if (!v.isEmpty() && matches.test(v)) return v;
        }
        if (!checkSubject(subjectMode, sanPresent)) return null;
        for (String v : subjectValues(subjectOid)) {
            if (!v.isEmpty() && matches.test(v)) return v;
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
        return firstMatch(GeneralName.rfc822Name, EMAIL_ADDRESS, subject, v -> emailMatches(v, e)) != null;
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

    /** Whether ip is a valid IPv4/IPv6 literal (Node's "Invalid IP" otherwise). */
    @HostAccess.Export
    public boolean validIp(String ip) {
        return IpLiteral.parse(ip) != null;
    }

    /** ip when an IP address alternative name holds that address, else null. */
    @HostAccess.Export
    public String checkIP(String ip) {
        byte[] want = IpLiteral.parse(ip);
        if (want == null) return null;
        for (GeneralName gn : altNames) {
            if (gn.getTagNo() == GeneralName.iPAddress
                    && Arrays.equals(ASN1OctetString.getInstance(gn.getName()).getOctets(), want)) {
                return ip;
            }
        }
        return null;
    }
}
