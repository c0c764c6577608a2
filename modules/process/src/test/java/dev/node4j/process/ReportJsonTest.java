package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static Map<String, Object> sample() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1L);
        m.put("a", List.of("x\"y\n", 2.5, true));
        m.put("empty", List.of());
        m.put("none", new LinkedHashMap<>());
        m.put("nul", null);
        return m;
    }

    @Test
    void prettyIndentsByTwoAndKeepsKeyOrder() {
        assertThat(ReportJson.write(sample(), false)).isEqualTo("""
                {
                  "b": 1,
                  "a": [
                    "x\\"y\\n",
                    2.5,
                    true
                  ],
                  "empty": [],
                  "none": {},
                  "nul": null
                }
                """);
    }

    @Test
    void compactIsOneLine() {
        assertThat(ReportJson.write(sample(), true))
                .isEqualTo("{\"b\":1,\"a\":[\"x\\\"y\\n\",2.5,true],\"empty\":[],\"none\":{},\"nul\":null}\n");
    }

    @Test
    void numbersAreValidJson() {
        assertThat(ReportJson.write(List.of(3.0, 0.053354, Double.NaN, 1e300, "\u0001"), true))
                .isEqualTo("[3,0.053354,null,1.0E300,\"\\u0001\"]\n");
    }
}
