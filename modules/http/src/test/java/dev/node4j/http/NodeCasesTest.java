package dev.node4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Cases whose expected results were recorded from Node 24's own HTTPParser (llhttp 9.4): each
 * input parsed whole, then split at every byte (the joined events and the error must not change).
 */
class NodeCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String name, String kind, JsonNode opts, List<String> chunks, JsonNode expected) {
        Recorder recorder() {
            return new Recorder(kind, opts.path("max").asInt(0), opts.path("lenient").asBoolean(false),
                opts.path("skip").asInt(0));
        }

        boolean finish() {
            return opts.path("finish").asBoolean(false);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        // -Dllhttp.cases=file.jsonl runs other recorded cases (such as a fuzzing run's)
        String other = System.getProperty("llhttp.cases");
        try (var in = other != null ? new java.io.FileInputStream(other) : NodeCasesTest.class.getResourceAsStream("llhttp-cases.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode n = JSON.readTree(line);
                List<String> chunks = new ArrayList<>();
                n.get("chunks").forEach(c -> chunks.add(c.asText()));
                cases.add(new Case(n.get("name").asText(), n.get("kind").asText(), n.get("opts"), chunks,
                    n.get("expected")));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> asNodeParsesThem() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Recorder r = c.recorder().run(c.chunks(), c.finish(), false);
            assertThat((Object) JSON.valueToTree(r.events)).as("events").isEqualTo((Object) expectedEvents(c));
            assertThat((Object) JSON.valueToTree(r.results)).as("results").isEqualTo((Object) expectedResults(c));
        }));
    }

    @TestFactory
    Stream<DynamicTest> splitAtEveryByte() throws IOException {
        // a small max header size can overflow at a cut (a span piece ends there) before a later error
        return cases().stream().filter(c -> c.chunks().size() == 1 && c.chunks().get(0).length() < 2000
                && !c.opts().has("max"))
            .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                String input = c.chunks().get(0);
                Recorder whole = c.recorder().run(c.chunks(), c.finish());
                for (int cut = 1; cut < input.length(); cut++) {
                    Recorder split = c.recorder().run(List.of(input.substring(0, cut), input.substring(cut)), c.finish());
                    assertThat(split.joinedEvents()).as("cut at %d", cut).isEqualTo(whole.joinedEvents());
                    assertThat(errorWhere(split)).as("cut at %d", cut).isEqualTo(errorWhere(whole));
                }
            }));
    }

    /** The error's code, reason and absolute position, or what the last result was. */
    private static Object errorWhere(Recorder r) {
        Object last = r.results.get(r.results.size() - 1);
        if (!(last instanceof List<?> error)) return last instanceof Integer ? "consumed " + total(r) : last;
        String code = (String) error.get(0);
        if (code.endsWith("_OVERFLOW")) return code;   // reported where a span's piece ends: at the cut
        return List.of(code, error.get(1), total(r) + (int) error.get(2));
    }

    private static int total(Recorder r) {
        int sum = 0;
        for (Object o : r.results) if (o instanceof Integer i) sum += i;
        return sum;
    }

    private static JsonNode expectedEvents(Case c) {
        return c.expected().get("ev");
    }

    private static JsonNode expectedResults(Case c) {
        List<Object> out = new ArrayList<>();
        for (JsonNode r : c.expected().get("res")) {
            if (r.isObject()) out.add(List.of(r.get("code").asText(), r.get("reason").asText(), r.get("bytesParsed").asInt()));
            else if (r.isInt()) out.add(r.asInt());
            else out.add(r.asText());
        }
        return JSON.valueToTree(out);
    }
}
