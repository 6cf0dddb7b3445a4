package org.mview.language.nodes.access;

import org.mview.language.buffer.BufferDescriptor;

/**
 * Maps a byte offset of a view's logical C-order image ({@code tobytes()}) to indices: the element
 * number in C order, unravelled over the shape.
 */
final class LogicalOffsets {

    private LogicalOffsets() {
    }

    /** Fills {@code indices} with the C-order indices of flat element {@code element}. */
    static void unravel(BufferDescriptor view, long element, long[] indices) {
        long[] shape = view.shape();
        long rest = element;
        for (int d = shape.length - 1; d >= 0; d--) {
            indices[d] = rest % shape[d];
            rest /= shape[d];
        }
    }
}
