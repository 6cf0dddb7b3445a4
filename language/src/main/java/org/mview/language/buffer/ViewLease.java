package org.mview.language.buffer;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One view's registration on a {@link ManagedBuffer} whose exporter locks its memory (a bytearray).
 * It ends exactly once: when the view is released, or — standing in for CPython's reference counting
 * — when the view was dropped without {@code release()} and the garbage collector has cleared it.
 */
public final class ViewLease extends WeakReference<Object> {

    private final ManagedBuffer mbuf;
    private final AtomicBoolean ended = new AtomicBoolean();

    ViewLease(Object view, ManagedBuffer mbuf, ReferenceQueue<Object> queue) {
        super(view, queue);
        this.mbuf = mbuf;
    }

    /** Ends the registration; later calls do nothing. */
    public void end() {
        if (ended.compareAndSet(false, true)) {
            ExportLeases.forget(this);
            mbuf.unregisterView();
        }
    }

    boolean isEnded() {
        return ended.get();
    }
}
