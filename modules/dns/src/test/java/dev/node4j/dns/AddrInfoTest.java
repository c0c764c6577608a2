package dev.node4j.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** getaddrinfo through the JDK, against this machine's /etc/hosts (localhost is 127.0.0.1). */
class AddrInfoTest {
    @Test
    void familiesAndMappedAddresses() throws GaiError {
        assertThat(AddrInfo.lookup("localhost", 4, 0, AddrInfo.ORDER_VERBATIM)).contains("127.0.0.1");
        String[] v6 = AddrInfo.lookup("localhost", 6, AddrInfo.V4MAPPED | AddrInfo.ALL, AddrInfo.ORDER_VERBATIM);
        assertThat(v6).contains("::ffff:127.0.0.1").allMatch(a -> a.contains(":"));
    }

    @Test
    void ordersPutAFamilyFirst() throws GaiError {
        String[] v4first = AddrInfo.lookup("localhost", 0, 0, AddrInfo.ORDER_IPV4_FIRST);
        String[] v6first = AddrInfo.lookup("localhost", 0, 0, AddrInfo.ORDER_IPV6_FIRST);
        assertThat(v4first).containsExactlyInAnyOrder(v6first);
        assertThat(families(v4first)).isSorted();
        assertThat(families(v6first)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private static java.util.List<Integer> families(String[] addresses) {
        return java.util.Arrays.stream(addresses).map(a -> a.contains(":") ? 6 : 4).toList();
    }

    @Test
    void unknownNamesAreEaiNoname() {
        assertThatThrownBy(() -> AddrInfo.lookup("nothing.invalid", 0, 0, 0))
            .isInstanceOfSatisfying(GaiError.class, e -> assertThat(e.errno).isEqualTo(GaiError.EAI_NONAME));
        // getaddrinfo takes no brackets, though the JDK would.
        assertThatThrownBy(() -> AddrInfo.lookup("[::1]", 0, 0, 0)).isInstanceOf(GaiError.class);
    }
}
