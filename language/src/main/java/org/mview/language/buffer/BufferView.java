package org.mview.language.buffer;

/**
 * An object that is itself a view of someone's memory (a memoryview). A buffer request to it is
 * answered with its own geometry and shares its exporter: nothing new is acquired, so nothing is
 * released for it (CPython's {@code memory_getbuf} registers the export on the view's managed buffer).
 */
public interface BufferView {

    /** The view's geometry; raises CPython's ValueError when the view has been released. */
    BufferDescriptor viewDescriptor();

    /** Whether the view has been released (its descriptor is then out of reach). */
    boolean isReleased();
}
