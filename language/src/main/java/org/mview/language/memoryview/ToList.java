package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.runtime.PList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code tolist()} of a view with ndim ≥ 1: nested lists built iteratively in C order. */
final class ToList {

    private ToList() {
    }

    @TruffleBoundary
    static PList build(BufferDescriptor v) {
        int ndim = v.ndim();
        long[] shape = v.shape();
        long[] index = new long[ndim];
        for (long dim : shape) {
            if (dim == 0) {
                return nest(shape, 0);
            }
        }
        PList[] open = new PList[ndim];
        open[0] = new PList((int) Math.min(shape[0], 1 << 16));
        for (int d = 1; d < ndim; d++) {
            open[d] = new PList();
            open[d - 1].add(open[d]);
        }
        while (true) {
            open[ndim - 1].add(MemoryViewMethods.unpackChecked(v, MemoryViewOps.offsetOf(v, index)));
            int d = ndim - 1;
            while (d >= 0) {
                index[d]++;
                if (index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
                d--;
            }
            if (d < 0) {
                return open[0];
            }
            for (int e = d + 1; e < ndim; e++) {
                open[e] = new PList();
                open[e - 1].add(open[e]);
            }
        }
    }

    /** The nested lists of a view with a zero in its shape: lists down to the first empty dimension. */
    private static PList nest(long[] shape, int d) {
        PList list = new PList();
        if (d == shape.length - 1) {
            return list;
        }
        for (long i = 0; i < shape[d]; i++) {
            list.add(nest(shape, d + 1));
        }
        return list;
    }
}
