package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartupTraceTest {
    @Test
    void builtinsPrintParentsBeforeTheirNestedRequires() {
        StartupTrace trace = new StartupTrace(true);
        trace.mark("phase");
        long a = trace.builtinStart();      // a requires b (which requires c), then d
        long b = trace.builtinStart();
        long c = trace.builtinStart();
        trace.builtinDone("c", c);
        trace.builtinDone("b", b);
        long d = trace.builtinStart();
        trace.builtinDone("d", d);
        trace.builtinDone("a", a);
        long e = trace.builtinStart();
        trace.builtinDone("e", e);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trace.print(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("builtins (")).findFirst().orElseThrow());
        List<String> builtins = lines.subList(header + 1, lines.size());
        assertThat(builtins).extracting(l -> l.replaceAll("\\s+[0-9.]+ ms +\\(cpu +[0-9.]+, compile +[0-9.]+, from [0-9]+ ms\\)$", ""))
                .containsExactly("  a", "    b", "      c", "    d", "  e");
    }

    @Test
    void offPrintsNothing() {
        StartupTrace trace = new StartupTrace(false);
        trace.mark("phase");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trace.print(out);
        assertThat(out.size()).isZero();
    }
}
