package dev.node4j.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The one selector thread of the JVM (libuv's epoll, shared by every context). It only waits:
 * when a channel is ready it clears the channel's interest and tells the channel's {@link
 * PolledHandle}, which posts the work to its own context's loop; the I/O itself runs there,
 * on the JS thread, and re-arms the interest it still wants. Interest is only ever changed on
 * this thread (through {@link #arm}), so a ready event and a re-arm cannot lose each other.
 */
final class Poller implements Runnable {
    private static volatile Poller instance;

    private final Selector selector;
    private final ConcurrentLinkedQueue<PolledHandle> arming = new ConcurrentLinkedQueue<>();

    private Poller() throws IOException {
        selector = Selector.open();
    }

    static Poller get() {
        Poller p = instance;
        if (p != null) return p;
        synchronized (Poller.class) {
            if (instance == null) {
                try {
                    instance = new Poller();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Thread t = new Thread(instance, "node4j-net-poller");
                t.setDaemon(true);
                t.start();
            }
            return instance;
        }
    }

    /** Asks for the handle's current {@link PolledHandle#wanted()} interest; any thread. */
    void arm(PolledHandle h) {
        arming.add(h);
        selector.wakeup();
    }

    @Override
    public void run() {
        while (true) {
            try {
                selector.select();
            } catch (IOException e) {
                continue;   // EINTR-like: nothing was selected
            }
            PolledHandle h;
            while ((h = arming.poll()) != null) apply(h);
            for (SelectionKey key : selector.selectedKeys()) {
                PolledHandle target = (PolledHandle) key.attachment();
                int ready;
                try {
                    ready = key.readyOps();
                    key.interestOps(0);   // one-shot: the handle re-arms after doing the I/O
                } catch (CancelledKeyException e) {
                    continue;
                }
                target.ready(ready);
            }
            selector.selectedKeys().clear();
        }
    }

    private void apply(PolledHandle h) {
        SelectableChannel ch = h.channel();
        if (!ch.isOpen()) return;
        int ops = h.wanted();
        try {
            SelectionKey key = ch.keyFor(selector);
            if (key == null) {
                if (ops != 0) ch.register(selector, ops, h);
            } else {
                key.interestOps(ops);
            }
        } catch (CancelledKeyException | java.nio.channels.ClosedChannelException e) {
            // closed meanwhile: its close already told JS
        }
    }
}
