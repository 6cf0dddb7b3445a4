package org.mview.language.buffer;

/**
 * An object of the language that exports its memory (bytes, bytearray). Each successful
 * {@link #acquireBuffer} is one export, ended by exactly one {@link #releaseBuffer}; an exporter that
 * can resize refuses to while exports are live.
 */
public interface BufferExporter {

    BufferDescriptor acquireBuffer();

    void releaseBuffer();

    /** Whether exports lock the exporter (a bytearray cannot resize while exported; bytes never changes). */
    default boolean locksMemory() {
        return true;
    }
}
