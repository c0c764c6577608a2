package dev.node4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The behaviours the http facade relies on, spelled out (expected values as Node 24 reports them). */
class MessageParserTest {
    private static final String GET = "GET /a?b=c HTTP/1.1\r\nHost: x\r\nX-Mixed: Va Lue  \r\n\r\n";

    private static List<Object> head(Recorder r, int i) {
        return r.events.stream().filter(e -> e.get(0).equals("head")).toList().get(i);
    }

    @Test
    void requestHeadAsReceived() {
        Recorder r = Recorder.request().run(GET);
        assertThat(r.results).containsExactly(GET.length());
        assertThat(head(r, 0)).containsExactly("head", 1, 1, List.of("Host", "x", "X-Mixed", "Va Lue"), "GET", "/a?b=c",
            0, null, false, true);
        assertThat(r.events.get(1)).containsExactly("complete");
    }

    @Test
    void everyByteOnItsOwn() {
        String in = "POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=\"q\"\r\nabc\r\n0\r\nT: v\r\n\r\n";
        Recorder r = Recorder.request();
        for (int i = 0; i < in.length(); i++) assertThat(r.parser.execute(Recorder.latin1(in), i, 1)).isEqualTo(1);
        assertThat(r.joinedEvents()).containsExactly(
            Arrays.asList("head", 1, 1, List.of("Transfer-Encoding", "chunked"), "POST", "/p", 0, null, false, true),
            List.of("body", "abc"), List.of("trailers", List.of("T", "v")), List.of("complete"));
    }

    @Test
    void chunkedWithExtensionsAndTrailers() {
        Recorder r = Recorder.response().run("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;a=b;c\r\nhello\r\n6;q=\"x\\\"y\"\r\n world\r\n0\r\nX-A: 1\r\nX-B: 2\r\n\r\n");
        assertThat(r.events).containsExactly(
            Arrays.asList("head", 1, 1, List.of("Transfer-Encoding", "chunked"), null, null, 200, "OK", false, true),
            List.of("body", "hello"), List.of("body", " world"), List.of("trailers", List.of("X-A", "1", "X-B", "2")),
            List.of("complete"));
        assertThat(r.parser.headersDone()).isFalse();
    }

    @Test
    void pipelinedRequestsInOneBuffer() {
        Recorder r = Recorder.request().run("GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nok"
            + "GET /3 HTTP/1.0\r\n\r\n");
        assertThat(r.events.stream().map(e -> e.get(0) + (e.get(0).equals("head") ? " " + e.get(5) : ""))).containsExactly(
            "head /1", "complete", "head /2", "body", "complete", "head /3", "complete");
        assertThat(head(r, 2).get(9)).as("HTTP/1.0 keep-alive").isEqualTo(false);
    }

    @Test
    void upgradeStopsAfterTheHeaders() {
        String head = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n";
        Recorder r = Recorder.request().run(head + "\u0081\u0005hello");
        assertThat(r.results).containsExactly(head.length());
        assertThat(head(r, 0).get(8)).as("upgrade").isEqualTo(true);
        assertThat(r.events.get(1)).containsExactly("complete");
    }

    @Test
    void connectStopsAfterTheHeaders() {
        String head = "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n";
        Recorder r = Recorder.request().run(head + "TLS");
        assertThat(r.results).containsExactly(head.length());
        assertThat(head(r, 0)).containsExactly("head", 1, 1, List.of("Host", "example.com:443"), "CONNECT",
            "example.com:443", 0, null, true, true);
    }

    @Test
    void switchingProtocolsResponseStops() {
        String head = "HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n";
        assertThat(Recorder.response().run(head + "frame").results).containsExactly(head.length());
    }

    @Test
    void headResponseSkipsTheBody() {
        Recorder r = new Recorder("response", 0, false, ParserListener.SKIP_BODY)
            .run("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nHTTP/1.1 304 Not Modified\r\n\r\n");
        assertThat(r.events.stream().map(e -> e.get(0))).containsExactly("head", "complete", "head", "complete");
    }

    @Test
    void bodyUntilEofCompletesAtFinish() {
        Recorder r = Recorder.response().run(List.of("HTTP/1.1 200 OK\r\n\r\nab", "cd"), true);
        assertThat(head(r, 0).get(9)).as("keep-alive").isEqualTo(false);
        assertThat(r.joinedEvents().subList(1, 3)).containsExactly(List.of("body", "abcd"), List.of("complete"));
        assertThat(r.results).containsExactly(21, 2, "finish");
    }

    @Test
    void finishMidMessageIsInvalidEofState() {
        Recorder r = Recorder.request().run(List.of("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"), true);
        assertThat(r.results.get(1)).isEqualTo(List.of("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0));
        assertThat(Recorder.request().run(List.of("GET / HTTP/1.1\r\n\r\n\r\n"), true).results).endsWith("finish");
    }

    @Test
    void keepAliveDecisions() {
        assertThat(keepAlive("request", "GET / HTTP/1.1\r\n\r\n")).isTrue();
        assertThat(keepAlive("request", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n")).isFalse();
        assertThat(keepAlive("request", "GET / HTTP/1.0\r\n\r\n")).isFalse();
        assertThat(keepAlive("request", "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")).isTrue();
        assertThat(keepAlive("response", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")).isTrue();
        assertThat(keepAlive("response", "HTTP/1.1 200 OK\r\n\r\n")).as("read until EOF").isFalse();
        assertThat(keepAlive("response", "HTTP/1.1 204 No Content\r\n\r\n")).isTrue();
        assertThat(keepAlive("response", "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n")).isTrue();
    }

    private static boolean keepAlive(String kind, String input) {
        return (boolean) head(new Recorder(kind, 0, false, 0).run(input), 0).get(9);
    }

    @Test
    void errorsWithNodesCodeReasonAndOffset() {
        assertError("request", "GEX / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD", "Invalid method encountered", 2);
        assertError("response", "XTTP/1.1 200 OK\r\n\r\n", "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", 0);
        assertError("request", "GET / HTTP/1.1\r\nHo(st: x\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header token", 18);
        assertError("request", "GET / HTTP/1.1\r\nX: a\u0001\r\n\r\n", "HPE_INVALID_HEADER_TOKEN", "Invalid header value char", 20);
        assertError("request", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "HPE_INVALID_CHUNK_SIZE",
            "Invalid character in chunk size", 47);
        assertError("request", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", 52);
        assertError("request", "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
            "HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", 54);
        assertError("request", "GET / HTTP/1.1\r\nHost: x\nA: b\r\n\r\n", "HPE_CR_EXPECTED",
            "Missing expected CR after header value", 23);
        assertError("request", "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET", "HPE_CLOSED_CONNECTION",
            "Data after `Connection: close`", 38);
    }

    @Test
    void errorStaysUntilReset() {
        Recorder r = Recorder.request();
        assertThat(r.parser.execute(Recorder.latin1("BAD"), 0, 3)).isEqualTo(-1);
        assertThat(r.parser.execute(Recorder.latin1("GET / HTTP/1.1\r\n\r\n"), 0, 18)).isEqualTo(-1);
        assertThat(r.parser.finish()).isZero();
        r.parser.reset(true);
        assertThat(r.parser.execute(Recorder.latin1("GET / HTTP/1.1\r\n\r\n"), 0, 18)).isEqualTo(18);
        assertThat(r.parser.errorCode()).isNull();
    }

    @Test
    void lenientAcceptsWhatInsecureHttpParserAccepts() {
        Recorder r = new Recorder("request", 0, true, 0)
            .run("POST / HTTP/1.1\nContent-Length: 3\nTransfer-Encoding: chunked\nX: a\u0001b\n\n3\nabc\n0\n\n\n");
        assertThat(r.joinedEvents()).hasSize(3);
        assertThat(head(r, 0).get(3)).isEqualTo(List.of("Content-Length", "3", "Transfer-Encoding", "chunked", "X", "a\u0001b"));
    }

    @Test
    void headerOverflowCountsUrlNamesAndValuesOfOneMessage() {
        String value = "a".repeat(16384 - 8 + 2);
        String in = "GET /blah HTTP/1.1\r\nCookie: " + value;
        assertError("request", in, "HPE_HEADER_OVERFLOW", "Header overflow", in.length());
        String under = "GET / HTTP/1.1\r\nX: " + "a".repeat(16380) + "\r\n\r\n";
        assertThat(Recorder.request().run(under, under).results).containsExactly(under.length(), under.length());
        assertError("request", "GET / HTTP/1.1\r\nX: " + "a".repeat(16382) + "\r\n\r\n", "HPE_HEADER_OVERFLOW",
            "Header overflow", 16402);
        assertThat(new Recorder("request", 20, false, 0).run("GET /0123456789 HTTP/1.1\r\nX: 123456789\r\n\r\n")
            .results.get(0)).isEqualTo(List.of("HPE_HEADER_OVERFLOW", "Header overflow", 39));
    }

    @Test
    void methodsAreNodes() {
        assertThat(new HttpBinding(null).methods()).hasSize(35).startsWith("ACL", "BIND").endsWith("UNSUBSCRIBE")
            .contains("QUERY", "M-SEARCH", "SOURCE");
    }

    private static void assertError(String kind, String input, String code, String reason, int offset) {
        Recorder r = new Recorder(kind, 0, false, 0).run(input);
        assertThat(r.results).as(input.length() > 80 ? input.substring(0, 80) : input).containsExactly(List.of(code, reason, offset));
    }
}
