package dev.node4j.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import dev.node4j.core.NodeEnv;

/** Sends one HTTP request on the loop's pool and calls back with status, headers and body bytes. */
public final class FetchBinding {
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final HttpClient FOLLOW = client(HttpClient.Redirect.NORMAL);
    private static final HttpClient MANUAL = client(HttpClient.Redirect.NEVER);

    private final NodeEnv env;

    FetchBinding(NodeEnv env) {
        this.env = env;
    }

    private static HttpClient client(HttpClient.Redirect redirect) {
        return HttpClient.newBuilder().followRedirects(redirect).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * @param headers flat [name, value, ...]
     * @param body an ArrayBuffer or null
     * @param callback (error, status, flatHeaders, bodyByteBuffer, finalUrl)
     */
    @HostAccess.Export
    public void send(String method, String url, String[] headers, Value body, boolean followRedirects, Value callback) {
        byte[] bytes = null;
        if (body != null && !body.isNull()) {
            bytes = new byte[(int) body.getBufferSize()];
            body.readBuffer(0, bytes, 0, bytes.length);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (!RESTRICTED.contains(headers[i].toLowerCase())) b.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = b.build();
        HttpClient client = followRedirects ? FOLLOW : MANUAL;
        env.loop().submit(() -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()), (res, err) -> {
            if (err != null) {
                String msg = err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
                env.invoke(callback, msg);
                return;
            }
            List<String> flat = new ArrayList<>();
            res.headers().map().forEach((k, vs) -> {
                if (k.startsWith(":")) return;
                for (String v : vs) {
                    flat.add(k);
                    flat.add(v);
                }
            });
            env.invoke(callback, null, res.statusCode(), flat.toArray(String[]::new),
                    ByteBuffer.wrap(res.body()), res.uri().toString());
        });
    }
}
