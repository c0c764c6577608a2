package dev.node4j.worker_threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class WorkerThreadsModuleTest {
    @Test
    void mainThreadViewAndEnvironmentData() {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            assertThat(node.eval("const w = require('worker_threads'); w.setEnvironmentData('k', 1); "
                    + "[w.isMainThread, w.threadId, w.parentPort, w.getEnvironmentData('k'), typeof w.Worker].join()")
                    .asString()).isEqualTo("true,0,,1,undefined");
        }
    }
}
