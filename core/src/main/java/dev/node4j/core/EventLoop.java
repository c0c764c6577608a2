package dev.node4j.core;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Node's event loop for one context: timers, then pending completions (poll), then immediates
 * (check), then close callbacks, until nothing referenced is left. Everything here runs on the
 * context's thread except {@link #post} and the work passed to {@link #submit}.
 *
 * <p>Every callback goes through {@link Dispatcher#run}, a separate host-to-JS call, so that
 * after it the {@code process.nextTick} queue and then promise jobs drain, as in Node.
 */
public final class EventLoop {

    /** How the loop calls into JS; implemented by the runtime over the bootstrap's hooks. */
    interface Dispatcher {
        /** Calls a Timeout's or Immediate's callback (the JS object the loop holds), then drains. */
        void fire(Object target);

        /** Runs {@code task} (loop thread), then drains ticks and microtasks. */
        void run(Runnable task);

        /** Called before the loop blocks waiting for work (flush buffered output). */
        void idle();
    }

    /** Blocking work runs here (like libuv's pool); shared by every context in the JVM. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(4, Runtime.getRuntime().availableProcessors()), daemonThreads("node4j-pool"));

    private final Dispatcher dispatcher;
    private final long originNanos = System.nanoTime();
    private long now;                                   // loop time in ms, updated per iteration

    private long timerSeq;
    private int refTimers;

    private ArrayDeque<Immediate> immediates = new ArrayDeque<>();
    private int refImmediates;

    private final BlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
    private final AtomicInteger pendingWork = new AtomicInteger();   // submitted, not yet completed
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> requestKinds =
            new java.util.concurrent.ConcurrentHashMap<>();             // named pending work by kind
    private int refHandles;                                         // servers, watchers, stdin...
    private final ArrayDeque<Runnable> closing = new ArrayDeque<>();
    private volatile boolean stopped;
    private volatile Selector selector;                              // made on the first watch()

    EventLoop(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        updateNow();
    }

    /** Milliseconds since this loop started, as of the start of the current iteration. */
    public long now() {
        return now;
    }

    /** Milliseconds since this loop started, read from the clock now. */
    public double hrNowMillis() {
        return (System.nanoTime() - originNanos) / 1e6;
    }

    /** Re-reads the clock; the runtime calls it before user code starts, so set-up time is not counted. */
    void updateNow() {
        now = (System.nanoTime() - originNanos) / 1_000_000L;
    }

    // ---- timers -------------------------------------------------------------------------
    // As in Node: one list per duration, in start order (so in deadline order); a queue of the
    // lists by their first deadline. A due list runs all of its due timers before the next list.

    /** A scheduled timer: opaque to JS, which passes it back to stop, refresh or (un)ref it. */
    public static final class Timer {
        final Object target;
        long duration;
        long deadline;
        boolean ref = true;
        boolean active;
        TimerList list;
        Timer prev;         // neighbours in list (an intrusive list, as libuv's and Node's:
        Timer next;         // no hashing or node allocation per arm, ~0.3 us of a timer's cost)

        Timer(Object target) {
            this.target = target;
        }
    }

    /** The timers of one duration, ordered by deadline (armed in start order). */
    private static final class TimerList {
        final long duration;
        private Timer head;
        private Timer tail;
        long expiry;        // deadline of the first timer while queued
        long seq;           // tie-break between lists due at the same time: older list first

        TimerList(long duration) {
            this.duration = duration;
        }

        boolean isEmpty() {
            return head == null;
        }

        Timer first() {
            return head;
        }

        void append(Timer t) {
            t.list = this;
            t.prev = tail;
            t.next = null;
            if (tail == null) head = t;
            else tail.next = t;
            tail = t;
        }

        void remove(Timer t) {
            if (t.prev == null) head = t.next;
            else t.prev.next = t.next;
            if (t.next == null) tail = t.prev;
            else t.next.prev = t.prev;
            t.prev = null;
            t.next = null;
            t.list = null;
        }
    }

    private final java.util.Map<Long, TimerList> listsByDuration = new java.util.HashMap<>();
    private final PriorityQueue<TimerList> timerLists = new PriorityQueue<>((a, b) -> {
        int c = Long.compare(a.expiry, b.expiry);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    });

    public Timer newTimer(Object target) {
        return new Timer(target);
    }

    /**
     * (Re)arms {@code t} to fire {@code delay} ms from now (the clock, not the iteration's time);
     * returns that start (loop clock ms), which JS keeps as the Timeout's _idleStart.
     */
    public long startTimer(Timer t, long delay) {
        long start = clockMillis();
        startTimerAt(t, delay, start);
        return start;
    }

    /** (Re)arms {@code t} for {@code duration} ms counted from {@code start} (loop clock ms). */
    public void startTimerAt(Timer t, long duration, long start) {
        if (t.active) {
            unlink(t);
        } else {
            t.active = true;
            if (t.ref) refTimers++;
        }
        t.duration = duration;
        t.deadline = start + duration;
        TimerList list = listsByDuration.get(duration);
        if (list == null) {
            list = new TimerList(duration);
            listsByDuration.put(duration, list);
        }
        boolean wasEmpty = list.isEmpty();
        list.append(t);
        if (wasEmpty) {
            list.expiry = t.deadline;
            list.seq = timerSeq++;
            timerLists.add(list);
        }
    }

    public void stopTimer(Timer t) {
        if (!t.active) return;
        t.active = false;
        if (t.ref) refTimers--;
        unlink(t);
    }

    private void unlink(Timer t) {
        TimerList list = t.list;
        boolean wasFirst = list.first() == t;
        list.remove(t);
        if (wasFirst) {
            timerLists.remove(list);
            if (list.isEmpty()) {
                listsByDuration.remove(list.duration);
            } else {
                list.expiry = list.first().deadline;
                timerLists.add(list);
            }
        }
    }

    public void refTimer(Timer t, boolean ref) {
        if (t.ref == ref) return;
        t.ref = ref;
        if (t.active) refTimers += ref ? 1 : -1;
    }

    private long clockMillis() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }

    private long nextTimerDeadline() {
        TimerList l = timerLists.peek();
        return l == null ? Long.MAX_VALUE : l.expiry;
    }

    // ---- immediates ---------------------------------------------------------------------

    /** A queued setImmediate: opaque to JS. */
    public static final class Immediate {
        final Object target;
        boolean ref = true;
        boolean cleared;

        Immediate(Object target) {
            this.target = target;
        }
    }

    public Immediate addImmediate(Object target) {
        Immediate i = new Immediate(target);
        immediates.add(i);
        refImmediates++;
        return i;
    }

    public void clearImmediate(Immediate i) {
        if (i.cleared) return;
        i.cleared = true;
        if (i.ref) refImmediates--;
    }

    public void refImmediate(Immediate i, boolean ref) {
        if (i.cleared || i.ref == ref) return;
        i.ref = ref;
        refImmediates += ref ? 1 : -1;
    }

    // ---- blocking work and handles --------------------------------------------------------

    /**
     * Runs {@code work} on the shared pool; {@code done} gets (result, null) or (null, error) on
     * the loop thread, after which ticks and microtasks drain. The loop stays alive meanwhile.
     */
    public <T> void submit(Callable<T> work, BiConsumer<T, Throwable> done) {
        submit(null, work, done);
    }

    /**
     * {@link #submit(Callable, BiConsumer)} for a request of a kind Node names (fs's
     * "FSReqCallback"), listed by {@link #activeRequests} until {@code done} has run.
     */
    public <T> void submit(String kind, Callable<T> work, BiConsumer<T, Throwable> done) {
        pendingWork.incrementAndGet();
        if (kind != null) requestKinds.merge(kind, 1, Integer::sum);
        POOL.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Throwable t) {
                error = t;
            }
            T r = result;
            Throwable e = error;
            completions.add(() -> {
                pendingWork.decrementAndGet();
                try {
                    done.accept(r, e);
                } finally {   // listed while its callback runs, as Node's request objects are
                    if (kind != null) requestKinds.computeIfPresent(kind, (k, n) -> n == 1 ? null : n - 1);
                }
            });
        });
    }

    /** The kinds of the named requests not yet completed, one entry per request. */
    public java.util.List<String> activeRequests() {
        java.util.List<String> out = new java.util.ArrayList<>();
        requestKinds.forEach((kind, n) -> {
            for (int i = 0; i < n; i++) out.add(kind);
        });
        return out;
    }

    /** Posts a task from any thread, to run on the loop thread in the poll phase. */
    public void post(Runnable task) {
        completions.add(task);
        Selector sel = selector;
        if (sel != null) sel.wakeup();   // the loop may be waiting for I/O instead of the queue
    }

    // ---- I/O readiness (libuv's uv__io_t) ----------------------------------------------------

    /** A channel the loop watches; {@link #onReady} runs on the loop thread in the poll phase. */
    public interface IoWatcher {
        void onReady(int readyOps);
    }

    /**
     * Starts watching {@code channel} (non-blocking) for {@code ops}; loop thread only. Change the
     * interest later with the key's {@code interestOps}: the loop waits in this selector itself,
     * so a change takes effect at its next wait without waking anything.
     */
    public SelectionKey watch(SelectableChannel channel, int ops, IoWatcher watcher) throws IOException {
        if (selector == null) selector = Selector.open();
        return channel.register(selector, ops, watcher);
    }

    /**
     * Finishes closing the channels closed since the last wait. The JDK keeps a registered
     * channel's descriptor open until its selector's next selection; a closed listening socket
     * must refuse connections at once, as in Node. Readiness found meanwhile waits for the poll
     * phase (a watcher must tolerate a stale ready set).
     */
    public void releaseClosedChannels() {
        Selector sel = selector;
        if (sel == null) return;
        try {
            sel.selectNow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Releases the selector (and with it the descriptors of closed channels); the runtime is closing. */
    void closeSelector() {
        Selector sel = selector;
        selector = null;
        if (sel != null) {
            try {
                sel.close();
            } catch (IOException e) {
                // nothing is watched any more either way
            }
        }
    }

    private void runReadyWatchers() {
        Selector sel = selector;
        if (sel == null || sel.selectedKeys().isEmpty()) return;
        // A snapshot: a callback may close channels (releaseClosedChannels selects again).
        SelectionKey[] keys = sel.selectedKeys().toArray(new SelectionKey[0]);
        sel.selectedKeys().clear();
        for (SelectionKey key : keys) {
            if (stopped) return;
            if (!key.isValid()) continue;   // closed by an earlier callback of this phase
            int ready = key.readyOps();
            IoWatcher w = (IoWatcher) key.attachment();
            dispatcher.run(() -> w.onReady(ready));
        }
    }

    /** A handle (server, watcher, open stdin) that keeps the loop alive while referenced. */
    public void refHandle() {
        refHandles++;
    }

    public void unrefHandle() {
        refHandles--;
    }

    /** Queues a callback for the close phase of this iteration. */
    public void onClose(Runnable task) {
        closing.add(task);
    }

    /** True while something referenced would make the loop run again. */
    public boolean alive() {
        return refTimers > 0 || refImmediates > 0 || pendingWork.get() > 0 || refHandles > 0
                || !closing.isEmpty() || !completions.isEmpty();
    }

    void stop() {
        stopped = true;
    }

    /** Runs iterations until nothing keeps the loop alive (or {@link #stop} is called). */
    void run() throws InterruptedException {
        while (!stopped && alive()) {
            updateNow();
            runTimers();
            if (stopped) return;
            poll();   // completions run here, as libuv runs thread-pool callbacks in its poll phase
            runImmediates();
            runClosing();
        }
    }

    private void runTimers() {
        while (!stopped) {
            TimerList list = timerLists.peek();
            if (list == null || list.expiry > now) return;
            timerLists.poll();
            // Drain this list's due timers; JS may stop, re-arm or add timers meanwhile.
            while (!stopped && !list.isEmpty() && list.first().deadline <= now) {
                Timer t = list.first();
                list.remove(t);
                t.active = false;
                if (t.ref) refTimers--;
                dispatcher.fire(t.target);   // JS may re-arm it (setInterval, refresh)
            }
            if (list.isEmpty()) {
                if (listsByDuration.get(list.duration) == list) listsByDuration.remove(list.duration);
            } else if (!timerLists.contains(list)) {
                list.expiry = list.first().deadline;
                timerLists.add(list);
            }
        }
    }

    /**
     * Runs the first {@code n} completions (those posted when the poll phase looked); ones posted
     * meanwhile (work a callback started that finished at once) wait for the next iteration,
     * after this one's immediates, as in libuv.
     */
    private void runCompletions(int n) {
        Runnable task;
        while (n-- > 0 && !stopped && (task = completions.poll()) != null) {
            dispatcher.run(task);
        }
    }

    private void poll() throws InterruptedException {
        long timeout;
        if (refImmediates > 0 || !closing.isEmpty() || !completions.isEmpty()) {
            timeout = 0;
        } else if (pendingWork.get() > 0 || refHandles > 0 || refTimers > 0) {
            long next = nextTimerDeadline();
            updateNow();
            timeout = next == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, next - now);
        } else {
            timeout = 0;
        }
        if (selector != null) {
            pollWithSelector(timeout);
            return;
        }
        int ready = completions.size();
        if (timeout > 0) {
            dispatcher.idle();
            Runnable first = timeout == Long.MAX_VALUE
                    ? completions.take()
                    : completions.poll(timeout, TimeUnit.MILLISECONDS);
            updateNow();
            ready = completions.size();   // what arrived with it, not what its callback starts
            if (first != null) dispatcher.run(first);
        }
        updateNow();
        runCompletions(ready);
    }

    /** The poll phase once something is watched: the wait is in the selector, which post() wakes. */
    private void pollWithSelector(long timeout) {
        try {
            if (timeout > 0 && completions.isEmpty() && selector.selectedKeys().isEmpty()) {
                dispatcher.idle();
                if (timeout == Long.MAX_VALUE) selector.select();
                else selector.select(timeout);
            } else {
                selector.selectNow();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        updateNow();
        int ready = completions.size();
        runReadyWatchers();
        runCompletions(ready);
    }

    private void runImmediates() {
        if (immediates.isEmpty()) return;
        ArrayDeque<Immediate> batch = immediates;   // ones queued now run next iteration
        immediates = new ArrayDeque<>();
        Immediate i;
        while (!stopped && (i = batch.poll()) != null) {
            if (i.cleared) continue;
            i.cleared = true;
            if (i.ref) refImmediates--;
            dispatcher.fire(i.target);
        }
        if (!batch.isEmpty()) {   // stopped mid-way: keep the rest
            batch.addAll(immediates);
            immediates = batch;
        }
    }

    private void runClosing() {
        Runnable task;
        while (!stopped && (task = closing.poll()) != null) {
            dispatcher.run(task);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
