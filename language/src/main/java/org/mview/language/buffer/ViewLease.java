package org.mview.language.buffer;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A view that locks its exporter (a bytearray that must not resize while viewed), tracked weakly so
 * that an exporter about to refuse a resize can end the registrations of views that were dropped
 * without {@code release()} ({@link ExportLeases#reclaimUnreachable}). Ending runs the view's own
 * end-of-life action, which unregisters it exactly once whoever calls it first (release, the view's
 * cleaner, or this lease).
 */
public final class ViewLease extends WeakReference<Object> {

    private final Runnable endOfLife;

    ViewLease(Object view, Runnable endOfLife, ReferenceQueue<Object> queue) {
        super(view, queue);
        this.endOfLife = endOfLife;
    }

    /** The view is gone: run its end-of-life action (idempotent) and stop tracking it. */
    void end() {
        ExportLeases.forget(this);
        endOfLife.run();
    }
}
