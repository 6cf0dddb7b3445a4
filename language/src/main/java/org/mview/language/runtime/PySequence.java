package org.mview.language.runtime;

/**
 * A list or a tuple: what CPython's {@code PyList_Check || PyTuple_Check} accepts where an argument
 * is a sequence of values ({@code cast}'s shape, {@code Py_buffer}'s arrays).
 */
public interface PySequence {

    /** A snapshot of the items. */
    Object[] sequenceItems();
}
