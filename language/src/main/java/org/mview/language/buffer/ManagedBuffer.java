package org.mview.language.buffer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPython's {@code _PyManagedBufferObject}: one acquisition from an exporter, shared by every view made
 * from it (by {@code memoryview(v)}, slicing, {@code cast}, {@code toreadonly}). It counts the views
 * registered on it and releases the exporter when the last one is released. The count never goes
 * negative: an unbalanced unregistration is an internal error and changes nothing.
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

    /** Whether the views of this buffer lock their exporter (a bytearray), so dropped ones matter. */
    public boolean locksExporter() {
        return exporter != null && exporter.locksMemory();
    }

    /** Unregisters one view; the last one releases the exporter. */
    public void unregisterView() {
        int current;
        do {
            current = views.get();
            if (current <= 0) {
                throw new IllegalStateException("managed buffer released more often than registered");
            }
        } while (!views.compareAndSet(current, current - 1));
        if (current == 1 && exporter != null) {
            exporter.releaseBuffer();
        }
    }

    public int registeredViews() {
        return views.get();
    }
}
