package org.mview.language.buffer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * CPython's {@code _PyManagedBufferObject}: one acquisition from an exporter, shared by every view made
 * from it (by {@code memoryview(v)}, slicing, {@code cast}, {@code toreadonly}). It counts the views
 * registered on it and releases the exporter when the last one is released. The count never goes
 * negative: an unbalanced unregistration is an internal error and changes nothing.
 *
 * <p>An exporter that locks its memory (a bytearray cannot resize while exported) must also be
 * released when its views were dropped without {@code release()}, as CPython's reference counting
 * does at once. Views hold their managed buffer strongly and let go of it when released, so once no
 * unreleased view is reachable the managed buffer itself is unreachable: one weak {@link ExportLease}
 * per acquisition (not per view: slices and casts cost nothing) then releases the exporter, from the
 * background reaper or synchronously when a resize is about to be refused
 * ({@link ExportLeases#reclaimUnreachable}).
 */
public final class ManagedBuffer {

    private final BufferDescriptor master;
    private final BufferExporter exporter;
    private final AtomicInteger views = new AtomicInteger();
    private final ExporterRelease release;
    /** Releases a locking exporter once this buffer is unreachable; null for exporters that lock nothing. */
    private final ExportLease lease;

    /**
     * @param exporter the exporter to release when the last view goes, or null when nothing needs
     *            releasing (FromMemory, FromBuffer, foreign and host memory)
     */
    public ManagedBuffer(BufferDescriptor master, BufferExporter exporter) {
        this(master, exporter, null);
    }

    /** @param site where the acquisition happened ({@code t.mv:3}), for the exporter's refusals; or null */
    public ManagedBuffer(BufferDescriptor master, BufferExporter exporter, String site) {
        this.master = master;
        this.exporter = exporter;
        this.release = exporter == null ? null : new ExporterRelease(exporter);
        if (exporter != null && site != null) {
            exporter.exportOpened(release, site);
        }
        this.lease = exporter != null && exporter.locksMemory() ? ExportLeases.lease(this, release) : null;
    }

    /** Releases the exporter exactly once, whoever asks first; holds no reference to the managed buffer. */
    private static final class ExporterRelease extends java.util.concurrent.atomic.AtomicBoolean implements Runnable {

        private static final long serialVersionUID = 1L;

        private final transient BufferExporter exporter;

        ExporterRelease(BufferExporter exporter) {
            this.exporter = exporter;
        }

        @Override
        public void run() {
            if (compareAndSet(false, true)) {
                exporter.exportClosed(this);
                exporter.releaseBuffer();
            }
        }
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

    /** Unregisters one view; the last one releases the exporter. */
    public void unregisterView() {
        int current;
        do {
            current = views.get();
            if (current <= 0) {
                throw new IllegalStateException("managed buffer released more often than registered");
            }
        } while (!views.compareAndSet(current, current - 1));
        if (current == 1 && release != null) {
            release.run();
            if (lease != null) {
                ExportLeases.forget(lease);
            }
        }
    }

    public int registeredViews() {
        return views.get();
    }
}
