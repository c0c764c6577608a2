package dev.node4j.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Renders index.html: one self-contained page (inline CSS/JS, embedded data, no network). */
public final class HtmlRenderer {

    static final String PLACEHOLDER = "\"__MATRIX_DATA__\"";

    private HtmlRenderer() { }

    public static String render(Matrix m, String generated) {
        String template = template();
        String data;
        try {
            data = Json.MAPPER.writeValueAsString(JsonOutput.page(m, generated));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // "<" only occurs inside JSON strings, where \u003c is equivalent: the data can never
        // close the <script> element.
        data = data.replace("<", "\\u003c");
        int at = template.indexOf(PLACEHOLDER);
        if (at < 0) throw new IllegalStateException("page.html has no data placeholder");
        return template.substring(0, at) + data + template.substring(at + PLACEHOLDER.length());
    }

    static String template() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("page.html")) {
            if (in == null) throw new IllegalStateException("page.html resource missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
