package dev.node4j.url;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** The URL work the facade hands to Java: parsing, the setters, hosts and form encoding. */
public final class UrlBinding {

    /**
     * Parses {@code input} against {@code base} (null for none): {@link UrlRecord#encoded()}, only
     * its offsets when the href is the input (see {@link UrlRecord#withoutHref}), or null.
     */
    @HostAccess.Export
    public String parse(String input, String base) {
        // The base must be valid even when the input does not use it.
        UrlRecord b = null;
        if (base != null && CommonUrlParser.encoded(base) == null) {
            b = UrlParser.parse(base, null);
            if (b == null) return null;
        }
        String common = CommonUrlParser.encoded(input);
        if (common != null) return common;
        if (base != null && b == null) b = UrlParser.parse(base, null);
        UrlRecord url = UrlParser.parse(input, b);
        return url == null ? null : UrlRecord.withoutHref(url.encoded(), input);
    }

    /** The origin of a blob: URL (the facade serializes the other schemes' origins itself). */
    @HostAccess.Export
    public String blobOrigin(String href) {
        UrlRecord url = UrlParser.parse(href, null);
        return url == null ? "null" : url.origin();
    }

    @HostAccess.Export
    public boolean canParse(String input, String base) {
        return parse(input, base) != null;
    }

    /** Runs the setter {@code name} on the URL {@code href} (a valid URL); the new encoded URL. */
    @HostAccess.Export
    public String set(String href, String name, String value) {
        UrlRecord url = UrlParser.parse(href, null);
        if (url == null) throw new IllegalArgumentException("not a URL: " + href);
        switch (name) {
            case "protocol" -> UrlParser.parseInto(value + ":", url, UrlParser.State.SCHEME_START);
            case "username" -> {
                if (!url.cannotHaveCredentialsOrPort()) url.username = PercentEncode.encode(value, PercentEncode.Set.USERINFO);
            }
            case "password" -> {
                if (!url.cannotHaveCredentialsOrPort()) url.password = PercentEncode.encode(value, PercentEncode.Set.USERINFO);
            }
            case "host" -> {
                if (url.opaquePath == null) UrlParser.parseInto(value, url, UrlParser.State.HOST);
            }
            case "hostname" -> {
                if (url.opaquePath == null) UrlParser.parseInto(value, url, UrlParser.State.HOSTNAME);
            }
            case "port" -> {
                if (!url.cannotHaveCredentialsOrPort()) {
                    if (value.isEmpty()) url.port = -1;
                    else UrlParser.parseInto(value, url, UrlParser.State.PORT);
                }
            }
            case "pathname" -> {
                if (url.opaquePath == null) {
                    url.path.clear();
                    UrlParser.parseInto(value, url, UrlParser.State.PATH_START);
                }
            }
            case "search" -> {
                if (value.isEmpty()) {
                    url.query = null;
                } else {
                    url.query = "";
                    UrlParser.parseInto(value.startsWith("?") ? value.substring(1) : value, url, UrlParser.State.QUERY);
                }
            }
            case "query" -> {   // from URLSearchParams: already serialized
                url.query = value.isEmpty() ? null : value;
            }
            case "hash" -> {
                if (value.isEmpty()) {
                    url.fragment = null;
                } else {
                    url.fragment = "";
                    UrlParser.parseInto(value.startsWith("#") ? value.substring(1) : value, url, UrlParser.State.FRAGMENT);
                }
            }
            default -> throw new IllegalArgumentException(name);
        }
        return url.encoded();
    }

    /** The host as the URL parser makes it, or "" when it is not a valid domain. */
    @HostAccess.Export
    public String domainToASCII(String domain) {
        try {
            return HostParser.parse(domain, false);
        } catch (HostParser.Failure f) {
            return "";
        }
    }

    @HostAccess.Export
    public String domainToUnicode(String domain) {
        String ascii = domainToASCII(domain);
        return ascii.isEmpty() ? "" : HostParser.domainToUnicode(ascii);
    }

    /** application/x-www-form-urlencoded parser: [name, value, name, value, ...]. */
    @HostAccess.Export
    public String[] parseForm(String input) {
        List<String> out = new ArrayList<>();
        for (String seq : input.split("&", -1)) {
            if (seq.isEmpty()) continue;
            int eq = seq.indexOf('=');
            String name = eq < 0 ? seq : seq.substring(0, eq);
            String value = eq < 0 ? "" : seq.substring(eq + 1);
            out.add(PercentEncode.decode(name.replace('+', ' ')));
            out.add(PercentEncode.decode(value.replace('+', ' ')));
        }
        return out.toArray(String[]::new);
    }

    /** application/x-www-form-urlencoded serializer of [name, value, ...]. */
    @HostAccess.Export
    public String serializeForm(Value pairs) {
        StringBuilder out = new StringBuilder();
        long n = pairs.getArraySize();
        for (long i = 0; i + 1 < n; i += 2) {
            if (i > 0) out.append('&');
            out.append(PercentEncode.encodeForm(pairs.getArrayElement(i).asString())).append('=')
                    .append(PercentEncode.encodeForm(pairs.getArrayElement(i + 1).asString()));
        }
        return out.toString();
    }

    /** Percent-encodes with the component set (used by pathToFileURL-like helpers). */
    @HostAccess.Export
    public String encodePath(String s) {
        return PercentEncode.encode(s, PercentEncode.Set.PATH);
    }
}
