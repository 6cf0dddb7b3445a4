package org.mview.language.buffer;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A weak reference to something that holds an export — a {@link ManagedBuffer} over a locking
 * exporter, or a {@code Py_buffer} — and the action that ends the export once that holder was dropped
 * and collected. {@link ExportLeases} runs the action from its reaper thread or from a synchronous
 * sweep; the action must be idempotent, since the holder may also end the export itself.
 */
public final class ExportLease extends WeakReference<Object> {

    private final Runnable endOfLife;

    ExportLease(Object holder, Runnable endOfLife, ReferenceQueue<Object> queue) {
        super(holder, queue);
        this.endOfLife = endOfLife;
    }

    /** The holder is gone: run its end-of-life action (idempotent) and stop tracking it. */
    void end() {
        ExportLeases.forget(this);
        endOfLife.run();
    }
}
