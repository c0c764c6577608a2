package dev.node4j.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** getnameinfo(NI_NAMEREQD) as Node calls it: the host's name and the TCP service's name. */
final class NameInfo {
    private static volatile Map<Integer, String> services;

    private NameInfo() {}

    /** [hostname, service] for an IP address literal and a port. */
    static String[] lookup(String address, int port) throws GaiError {
        InetAddress a;
        try {
            a = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw GaiError.of(e);
        }
        // The JDK answers the address itself when the reverse lookup finds no name (or its
        // name does not resolve back to the address); getnameinfo with NI_NAMEREQD fails then.
        String name = a.getCanonicalHostName();
        if (name.equals(a.getHostAddress()) || name.equals(address)) throw new GaiError(GaiError.EAI_NONAME);
        return new String[] {name, service(port)};
    }

    /** The TCP service's name from /etc/services, else the port's number. */
    static String service(int port) {
        String name = services().get(port);
        return name != null ? name : Integer.toString(port);
    }

    private static Map<Integer, String> services() {
        Map<Integer, String> m = services;
        if (m == null) services = m = readServices(Path.of("/etc/services"));
        return m;
    }

    /** "name port/proto [aliases] [# comment]" lines; the first tcp entry for a port wins. */
    static Map<Integer, String> readServices(Path file) {
        Map<Integer, String> m = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int hash = line.indexOf('#');
                String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (f.length < 2 || !f[1].endsWith("/tcp")) continue;
                try {
                    m.putIfAbsent(Integer.parseInt(f[1].substring(0, f[1].length() - 4)), f[0]);
                } catch (NumberFormatException e) {
                    // a malformed line: getservbyport skips it too
                }
            }
        } catch (IOException e) {
            // no /etc/services: every service is its number, as getnameinfo answers then
        }
        return m;
    }
}
