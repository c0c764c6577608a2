package dev.node4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The loop's own wait for I/O readiness (EventLoop.watch): who runs watchers, and what wakes the wait. */
class EventLoopIoTest {

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aWatcherRunsOnTheLoopThreadBeforeTheCompletionThatFollowedItsData() throws IOException {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            EventLoop loop = node.env().loop();
            Pipe pipe = Pipe.open();
            pipe.source().configureBlocking(false);
            List<String> log = new ArrayList<>();
            Thread loopThread = Thread.currentThread();
            SelectionKey[] key = new SelectionKey[1];
            key[0] = loop.watch(pipe.source(), SelectionKey.OP_READ, ready -> {
                assertThat(Thread.currentThread()).isSameAs(loopThread);
                ByteBuffer b = ByteBuffer.allocate(16);
                try {
                    pipe.source().read(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                log.add("read " + new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
                key[0].interestOps(0);
                loop.unrefHandle();
            });
            loop.refHandle();
            // A pool thread writes, then its completion is posted: the loop waits in its selector.
            loop.submit(() -> {
                Thread.sleep(50);
                pipe.sink().write(ByteBuffer.wrap("x".getBytes(StandardCharsets.UTF_8)));
                return null;
            }, (r, e) -> log.add("completion"));
            assertThat(node.runEval("0", false)).isZero();
            assertThat(log).containsExactly("read x", "completion");
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void postWakesALoopWaitingForIoThatNeverComes() throws IOException {
        try (NodeRuntime node = NodeRuntime.builder().build()) {
            EventLoop loop = node.env().loop();
            Pipe pipe = Pipe.open();
            pipe.source().configureBlocking(false);
            loop.watch(pipe.source(), SelectionKey.OP_READ, ready -> {
                throw new AssertionError("nothing was written");
            });
            List<String> log = new ArrayList<>();
            loop.submit(() -> {
                Thread.sleep(100);
                return "done";
            }, (r, e) -> log.add(r));
            assertThat(node.runEval("0", false)).isZero();
            assertThat(log).containsExactly("done");
        }
    }
}
