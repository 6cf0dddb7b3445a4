package org.mview.language.buffer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPython's {@code _PyManagedBufferObject}: one acquisition from an exporter, shared by every view made
 * from it (by {@code memoryview(v)}, slicing, {@code cast}, {@code toreadonly}). It counts the views
 * registered on it and releases the exporter when the last one is released.
 */
public final class ManagedBuffer {

    private final BufferDescriptor master;
    private final BufferExporter exporter;
    private final AtomicInteger views = new AtomicInteger();

    /**
     * @param exporter the exporter to release when the last view goes, or null when nothing needs
     *            releasing (FromMemory, FromBuffer, foreign and host memory)
     */
    public ManagedBuffer(BufferDescriptor master, BufferExporter exporter) {
        this.master = master;
        this.exporter = exporter;
    }

    public BufferDescriptor master() {
        return master;
    }

    /** The exporter, {@code view.obj}: null for FromMemory and FromBuffer. */
    public Object obj() {
        return master.obj();
    }

    public void registerView() {
        views.incrementAndGet();
    }

    /**
     * Registers {@code view}; when the exporter locks its memory, returns the lease that ends the
     * registration on release or once the view is collected, else null (unregister explicitly).
     */
    public ViewLease registerView(Object view) {
        views.incrementAndGet();
        return exporter != null && exporter.locksMemory() ? ExportLeases.lease(view, this) : null;
    }

    /** Unregisters one view; the last one releases the exporter. */
    public void unregisterView() {
        int remaining = views.decrementAndGet();
        if (remaining == 0 && exporter != null) {
            exporter.releaseBuffer();
        } else if (remaining < 0) {
            throw new IllegalStateException("managed buffer released more often than registered");
        }
    }

    public int registeredViews() {
        return views.get();
    }
}
