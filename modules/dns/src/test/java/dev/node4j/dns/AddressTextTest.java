package dev.node4j.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure parts: address text as inet_ntop prints it, /etc/services and resolv.conf parsing. */
class AddressTextTest {
    private static String canonical(String v6) {
        return IpText.v6(IpText.parseV6(v6));
    }

    @Test
    void ipv6IsPrintedInItsShortForm() {
        assertThat(canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(canonical("::")).isEqualTo("::");
        assertThat(canonical("2001:0DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");   // first longest run
        assertThat(canonical("2001:db8:0:0:1:0:0:0")).isEqualTo("2001:db8:0:0:1::");
        assertThat(canonical("1:0:2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7");         // one zero stays
        assertThat(canonical("fe80::1%eth0")).isEqualTo("fe80::1");
        assertThat(canonical("1:2:3:4:5:6:7::")).isEqualTo("1:2:3:4:5:6:7:0");
        assertThat(canonical("::ffff:192.0.2.1")).isEqualTo("::ffff:192.0.2.1");
        assertThat(canonical("::192.0.2.1")).isEqualTo("::192.0.2.1");
        assertThat(canonical("64:ff9b::192.0.2.1")).isEqualTo("64:ff9b::c000:201");
    }

    @Test
    void servicesFileGivesTheFirstTcpName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("services");
        Files.writeString(file, """
            # comment
            ssh\t\t22/tcp\t\t\t\t# SSH Remote Login Protocol
            domain\t\t53/udp
            dns\t\t53/tcp alias
            other\t\t53/tcp
            broken\t\tx/tcp
            """);
        var m = NameInfo.readServices(file);
        assertThat(m).containsEntry(22, "ssh").containsEntry(53, "dns").hasSize(2);
        assertThat(NameInfo.readServices(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void resolvConfNameServers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("resolv.conf");
        Files.writeString(file, "search example.org\nnameserver 192.0.2.53\n  nameserver\t2001:db8::53\noptions ndots:2\n");
        assertThat(ResolvConf.servers(file)).containsExactly("192.0.2.53", "2001:db8::53");
        assertThat(ResolvConf.servers(dir.resolve("absent"))).containsExactly("127.0.0.1");
    }
}
