package dev.node4j.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Feeds a {@link MessageParser} and records what it reports in the shape the Node script that
 * made llhttp-cases.jsonl records Node's parser: events ["head", major, minor, headers, method,
 * url, status, message, upgrade, keepAlive], ["body", latin1], ["trailers", headers],
 * ["complete"]; results are execute's return values, {code, reason, bytesParsed} or "finish".
 */
final class Recorder implements ParserListener {
    final List<List<Object>> events = new ArrayList<>();
    final List<Object> results = new ArrayList<>();
    final MessageParser parser;
    private final int answer;

    Recorder(String kind, int maxHeaderSize, boolean lenient, int answer) {
        this.parser = new MessageParser(kind.equals("request"), maxHeaderSize, lenient, this);
        this.answer = answer;
    }

    static Recorder request() {
        return new Recorder("request", 0, false, 0);
    }

    static Recorder response() {
        return new Recorder("response", 0, false, 0);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Executes each chunk until one fails or upgrades; then finish() when asked. */
    Recorder run(List<String> chunks, boolean finish) {
        return run(chunks, finish, true);
    }

    /** As Node's parser is fed: without stopAtUpgrade, the next chunk after an upgrade is parsed as HTTP again. */
    Recorder run(List<String> chunks, boolean finish, boolean stopAtUpgrade) {
        boolean failed = false;
        for (String chunk : chunks) {
            byte[] bytes = latin1(chunk);
            // at an offset inside a larger array, as JS hands over a Buffer's slice
            byte[] padded = new byte[bytes.length + 7];
            System.arraycopy(bytes, 0, padded, 3, bytes.length);
            int r = parser.execute(padded, 3, bytes.length);
            if (r < 0) {
                results.add(error());
                failed = true;
                break;
            }
            results.add(r);
            if (stopAtUpgrade && parser.state == State.UPGRADE_CLEANUP) break;   // upgraded: the rest is not HTTP
        }
        if (finish && !failed) results.add(parser.finish() < 0 ? error() : "finish");
        return this;
    }

    Recorder run(String... chunks) {
        return run(Arrays.asList(chunks), false);
    }

    List<Object> error() {
        return List.of(parser.errorCode(), parser.errorReason(), parser.errorOffset());
    }

    @Override
    public int onHeaders(MessageHead h) {
        events.add(Arrays.asList("head", h.versionMajor(), h.versionMinor(), List.of(h.rawHeaders()), h.method(),
            h.url(), h.statusCode(), h.statusMessage(), h.upgrade(), h.shouldKeepAlive()));
        return answer;
    }

    @Override
    public void onBody(byte[] data, int offset, int length) {
        events.add(List.of("body", new String(data, offset, length, StandardCharsets.ISO_8859_1)));
    }

    @Override
    public void onComplete(String[] trailers) {
        if (trailers.length > 0) events.add(List.of("trailers", List.of(trailers)));
        events.add(List.of("complete"));
    }

    /** The events with adjacent body pieces joined: what does not depend on how input was split. */
    List<List<Object>> joinedEvents() {
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> e : events) {
            List<Object> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (e.get(0).equals("body") && last != null && last.get(0).equals("body")) {
                out.set(out.size() - 1, List.of("body", (String) last.get(1) + e.get(1)));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
