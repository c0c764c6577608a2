package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportBindingTest {
    @Test
    void generatedNamesFollowNodesPatternAndCount() {
        String first = ReportBinding.generatedName(System.currentTimeMillis(), 42);
        String second = ReportBinding.generatedName(System.currentTimeMillis(), 42);
        assertThat(first).matches("report\\.\\d{8}\\.\\d{6}\\.42\\.0\\.\\d{3}\\.json");
        int a = Integer.parseInt(first.split("\\.")[5]);
        int b = Integer.parseInt(second.split("\\.")[5]);
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void execveErrnosHaveNodesNames() {
        assertThat(NativeBinding.errnoName(2)).isEqualTo("ENOENT");
        assertThat(NativeBinding.errnoName(13)).isEqualTo("EACCES");
        assertThat(NativeBinding.errnoName(9999)).isEqualTo("UNKNOWN");
    }
}
