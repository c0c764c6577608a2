package dev.node4j.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The facade through the runtime: answers arrive on the loop, queries fail loudly. */
class DnsTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int exit = node.runEval(code, false);
            assertThat(exit).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void lookupAnswersAfterTheCurrentCode() {
        assertThat(run("""
            const dns = require('node:dns');
            dns.lookup('localhost', 4, (err, address, family) => console.log(err, address, family));
            dns.lookup('nothing.invalid', (err) => console.log(err.code, err.message));
            dns.promises.lookup('::1').then((r) => console.log(r.address, r.family));
            console.log('first');
            """)).startsWith("first\n::1 6\n").contains("null 127.0.0.1 4\n")
            .contains("ENOTFOUND getaddrinfo ENOTFOUND nothing.invalid\n");
    }

    @Test
    void lookupServiceNamesLoopback() {
        assertThat(run("""
            require('dns/promises').lookupService('127.0.0.1', 22).then((r) => console.log(typeof r.hostname));
            """)).isEqualTo("string\n");
    }

    @Test
    void queriesSayTheyAreNotImplemented() {
        assertThat(run("""
            const dns = require('node:dns/promises');
            try { require('dns').resolve4('example.com', () => {}); } catch (e) { console.log(e.code, e.message); }
            dns.resolveMx('example.com').catch((e) => console.log(e.code));
            """)).isEqualTo("ERR_NOT_IMPLEMENTED dns.resolve4() (DNS queries over UDP) is not implemented in node4j\n"
                + "ERR_NOT_IMPLEMENTED\n");
    }
}
