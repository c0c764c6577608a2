package dev.node4j.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The name servers of /etc/resolv.conf, which a new Resolver starts with (c-ares reads the same). */
final class ResolvConf {
    private ResolvConf() {}

    /** The "nameserver" addresses in file order; 127.0.0.1 when there are none, as c-ares does. */
    static List<String> servers(Path file) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2 && f[0].equals("nameserver")) out.add(f[1]);
            }
        } catch (IOException e) {
            // no resolv.conf: the default below
        }
        if (out.isEmpty()) out.add("127.0.0.1");
        return out;
    }
}
