package dev.node4j.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class Ipv6TextTest {
    private static String format(String literal) throws Exception {
        InetAddress a = InetAddress.getByName(literal);
        return Ipv6Text.format((Inet6Address) a);
    }

    @Test
    void compressesTheLongestZeroRun() throws Exception {
        assertThat(format("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(format("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(format("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(format("2001:db8:0:0:0:1:0:0")).isEqualTo("2001:db8::1:0:0");
        assertThat(format("1:0:0:0:0:0:0:0")).isEqualTo("1::");
    }

    @Test
    void leavesASingleZeroGroupAndDropsLeadingZeros() throws Exception {
        assertThat(format("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(format("2001:0db8:000a:0000:0000:0000:0000:0001")).isEqualTo("2001:db8:a::1");
        assertThat(format("fe80:0:0:0:0:0:0:1")).isEqualTo("fe80::1");
    }
}
