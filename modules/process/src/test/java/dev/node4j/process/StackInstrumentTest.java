package dev.node4j.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.TruffleContext;

import dev.node4j.process.StackInstrument.Frame;

/** The guest stack of a context busy on another thread, read where it stands (util.setTraceSigInt). */
class StackInstrumentTest {
    @Test
    void readsTheStackOfARunningContext() throws Exception {
        try (Context cx = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            StackInstrument.Stacks stacks = cx.getEngine().getInstruments().get(StackInstrument.ID)
                    .lookup(StackInstrument.Stacks.class);
            AtomicReference<TruffleContext> entered = new AtomicReference<>();
            CountDownLatch spinning = new CountDownLatch(1);
            AtomicBoolean stop = new AtomicBoolean();
            cx.getBindings("js").putMember("started", (ProxyExecutable) a -> {
                entered.set(stacks.enteredContext());
                spinning.countDown();
                return null;
            });
            cx.getBindings("js").putMember("stopped", (ProxyExecutable) a -> stop.get());
            Source src = Source.newBuilder("js", """
                    function spin() { started(); let n = 0; while (!stopped()) n++; }
                    function outer() { spin(); }
                    outer();
                    """, "main.js").buildLiteral();
            Thread js = new Thread(() -> cx.eval(src));
            js.start();
            assertThat(spinning.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<List<Frame>> got = new CompletableFuture<>();
            stacks.onStack(entered.get(), js, got::complete);
            List<Frame> frames = got.get(30, TimeUnit.SECONDS);
            stop.set(true);
            js.join();

            assertThat(frames).extracting(Frame::function).containsExactly("spin", "outer", "");
            assertThat(frames).extracting(Frame::line).containsExactly(1, 2, 3);
            assertThat(frames.get(1)).isEqualTo(new Frame("outer", "main.js", 2, 20));
            assertThat(frames.get(2).column()).isEqualTo(1);
        }
    }

    @Test
    void formatsAsNode() {
        assertThat(SigintTrace.format(List.of())).isEqualTo(SigintTrace.HEADER);
        assertThat(SigintTrace.format(List.of(new Frame("spin", "/app/a.js", 3, 50), new Frame("", "/app/a.js", 5, 1))))
                .isEqualTo(SigintTrace.HEADER + "    at spin (/app/a.js:3:50)\n    at /app/a.js:5:1\n\n");
    }
}
