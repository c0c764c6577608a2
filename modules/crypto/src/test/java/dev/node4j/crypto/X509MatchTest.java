package dev.node4j.crypto;

import static dev.node4j.crypto.X509Test.load;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.node4j.crypto.X509Match.HostOptions;

/** X509Match on the compat-test fixture certificates: OpenSSL's host / email / IP matching rules (as Node 25). */
class X509MatchTest {
    private static final HostOptions DEFAULTS = HostOptions.DEFAULT;

    @Test
    void checkHostFollowsOpenSslRules() throws Exception {
        X509Match leaf = load("x509_leaf_cert.pem").match();
        assertThat(leaf.checkHost("LEAF.compat.test", DEFAULTS)).isEqualTo("leaf.compat.test");
        assertThat(leaf.checkHost("a.wild.compat.test", DEFAULTS)).isEqualTo("*.wild.compat.test");
        assertThat(leaf.checkHost("a.b.wild.compat.test", DEFAULTS)).isNull();
        assertThat(leaf.checkHost("a.b.wild.compat.test", new HostOptions("default", true, true, true, false)))
                .isEqualTo("*.wild.compat.test");
        assertThat(leaf.checkHost("a.wild.compat.test", new HostOptions("default", false, true, false, false)))
                .isNull();
        assertThat(leaf.checkHost("wild.compat.test", DEFAULTS)).isNull();
        assertThat(leaf.checkHost("leaf.compat.test.", DEFAULTS)).isNull();
        // A leading dot asks for any subdomain; singleLabelSubdomains allows one label only.
        assertThat(leaf.checkHost(".compat.test", DEFAULTS)).isEqualTo("leaf.compat.test");
        assertThat(leaf.checkHost(".test", DEFAULTS)).isEqualTo("leaf.compat.test");
        assertThat(leaf.checkHost(".test", new HostOptions("default", true, true, false, true))).isNull();
        // The subject CN is consulted only without DNS names, unless subject is "always".
        X509Match ca = load("x509_ca_cert.pem").match();
        assertThat(ca.checkHost("node4j test ca", DEFAULTS)).isEqualTo("node4j Test CA");
        assertThat(ca.checkHost("node4j test ca", new HostOptions("never", true, true, false, false))).isNull();
        assertThat(leaf.checkHost("leaf.compat.test", new HostOptions("never", true, true, false, false)))
                .isEqualTo("leaf.compat.test");
    }

    @Test
    void wildcardPatterns() {
        assertThat(X509Match.hostMatches("*ab.x.y", "ab.x.y", DEFAULTS)).isTrue();
        assertThat(X509Match.hostMatches("*ab.x.y", "abc.x.y", DEFAULTS)).isFalse();
        assertThat(X509Match.hostMatches("a*.p.q", "a.p.q", DEFAULTS)).isTrue();
        assertThat(X509Match.hostMatches("a*.p.q", "ax.p.q", new HostOptions("default", true, false, false, false)))
                .isFalse();
        assertThat(X509Match.hostMatches("f*o.t.u", "fxo.t.u", DEFAULTS)).isFalse();
        assertThat(X509Match.hostMatches("xn--*.r.s", "xn--a.r.s", DEFAULTS)).isFalse();
        assertThat(X509Match.hostMatches("*.com", "a.com", DEFAULTS)).isFalse();
        assertThat(X509Match.wildcardPosition("*.example.com", DEFAULTS)).isZero();
        assertThat(X509Match.wildcardPosition("a.*.example.com", DEFAULTS)).isEqualTo(-1);
    }

    @Test
    void checkEmailAndIp() throws Exception {
        X509Match leaf = load("x509_leaf_cert.pem").match();
        assertThat(leaf.checkEmail("admin@compat.test", "default")).isTrue();
        assertThat(leaf.checkEmail("admin@COMPAT.test", "default")).isTrue();
        assertThat(leaf.checkEmail("ADMIN@compat.test", "default")).isFalse();
        assertThat(leaf.checkEmail("other@compat.test", "always")).isFalse();
        assertThat(X509Match.emailMatches("Foo@Bar.com", "Foo@BAR.COM")).isTrue();
        assertThat(leaf.validCheckName("a\0b")).isFalse();
        assertThat(leaf.validCheckName("a\0")).isTrue();
        assertThat(leaf.validCheckName("\0")).isFalse();

        assertThat(leaf.checkIP("::1")).isEqualTo("::1");
        assertThat(leaf.checkIP("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(leaf.checkIP("192.168.1.10")).isEqualTo("192.168.1.10");
        assertThat(leaf.checkIP("::ffff:192.168.1.10")).isNull();
        assertThat(IpLiteral.parse("192.168.001.10")).isNull();
        assertThat(IpLiteral.parse("1::2::3")).isNull();
        assertThat(IpLiteral.parse("::1%eth0")).isNull();
        assertThat(IpLiteral.parse("localhost")).isNull();
        assertThat(IpLiteral.parse("1:2:3:4:5:6:1.2.3.4")).hasSize(16);
        assertThat(IpLiteral.parse("1:2:3:4:5:6:7::")).hasSize(16);
        assertThat(IpLiteral.parse("1:2:3:4:5:6:7:8:9")).isNull();
    }
}
