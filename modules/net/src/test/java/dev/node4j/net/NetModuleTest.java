package dev.node4j.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class NetModuleTest {
    @Test
    void addressChecksFollowNode() {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            assertThat(node.eval("const net = require('net'); "
                    + "[net.isIP('1.2.3.4'), net.isIP('::1'), net.isIP('fe80::1%eth0'), net.isIP('256.1.1.1'), "
                    + "net.isIP('1.2.3'), net.isIPv4('01.2.3.4'), net.isIPv6('::ffff:1.2.3.4')].join()").asString())
                    .isEqualTo("4,6,6,0,0,false,true");
        }
    }

    @Test
    void attemptTimeoutHasAFloorOfTen() {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            assertThat(node.eval("const n = require('net'); n.setDefaultAutoSelectFamilyAttemptTimeout(5); "
                    + "n.getDefaultAutoSelectFamilyAttemptTimeout()").asInt()).isEqualTo(10);
        }
    }
}
