package dev.node4j.worker_threads;

import dev.node4j.core.NodeModule;

/**
 * {@code worker_threads} as seen from the main thread of a node4j context. Workers, message
 * ports and channels are not built yet and are absent (the matrix shows them missing).
 */
public final class WorkerThreadsModule implements NodeModule {
    @Override
    public String name() {
        return "worker_threads";
    }
}
