package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MiniJsonTest {
    @Test
    void parsesNestedValuesKeepingKeyOrder() {
        Object v = MiniJson.parse("{\"b\": [1, 2.5, true, null], \"a\": {\"s\": \"x\\ny\\u0041\"}}");
        assertThat(v).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("b", "a");
        assertThat(m.get("b")).isEqualTo(java.util.Arrays.asList(1.0, 2.5, true, null));
        assertThat(((Map<?, ?>) m.get("a")).get("s")).isEqualTo("x\nyA");
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> MiniJson.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniJson.parse("[1] x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(MiniJson.parse("[]")).isEqualTo(List.of());
    }
}
