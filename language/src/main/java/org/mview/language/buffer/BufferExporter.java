package org.mview.language.buffer;

/**
 * An object of the language that exports its memory (bytes, bytearray). Each successful
 * {@link #acquireBuffer} is one export, ended by exactly one {@link #releaseBuffer}; an exporter that
 * can resize refuses to while exports are live.
 */
public interface BufferExporter {

    BufferDescriptor acquireBuffer();

    void releaseBuffer();

    /**
     * The exporter's bytes in C order without an export, for copies that end before anything else
     * runs (bytes returns its own array, which callers must not modify; bytearray a copy); null when
     * the exporter has no such shortcut.
     */
    default byte[] contiguousBytes() {
        return null;
    }

    /** An export begins, acquired at {@code site} (null when sites are not recorded); {@code token} ends it. */
    default void exportOpened(Object token, String site) {
    }

    /** The export {@code token} began has ended. */
    default void exportClosed(Object token) {
    }

    /** Whether exports lock the exporter (a bytearray cannot resize while exported; bytes never changes). */
    default boolean locksMemory() {
        return true;
    }
}
