package org.mview.language.objects.slice;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyObjects;

/**
 * A slice resolved against a sequence length, as {@code PySlice_Unpack} and
 * {@code PySlice_AdjustIndices} resolve it: clamped start and stop, step, and the item count.
 */
public record SliceIndices(long start, long stop, long step, long length) {

    public static SliceIndices of(PSlice slice, long sequenceLength) {
        long step = 1;
        if (!(slice.step() instanceof PNone)) {
            step = PyObjects.asClampedSsize(checkIndex(slice.step()));
            if (step == 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "slice step cannot be zero");
            }
            if (step < -Long.MAX_VALUE) {
                step = -Long.MAX_VALUE; // so that -step cannot overflow, as CPython does
            }
        }
        long start;
        long stop;
        if (slice.start() instanceof PNone) {
            start = step < 0 ? Long.MAX_VALUE : 0;
        } else {
            start = PyObjects.asClampedSsize(checkIndex(slice.start()));
        }
        if (slice.stop() instanceof PNone) {
            stop = step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stop = PyObjects.asClampedSsize(checkIndex(slice.stop()));
        }
        return resolve(start, stop, step, sequenceLength);
    }

    /** Whether every part of {@code slice} is an int or None, with a non-zero step: {@link #ofSimple} applies. */
    public static boolean isSimple(PSlice slice) {
        return (slice.start() instanceof Long || slice.start() instanceof PNone) &&
                        (slice.stop() instanceof Long || slice.stop() instanceof PNone) &&
                        (slice.step() instanceof PNone || slice.step() instanceof Long step && step != 0);
    }

    /** {@link #of} for a slice that {@link #isSimple}: no conversions and nothing to raise, so it compiles inline. */
    public static SliceIndices ofSimple(PSlice slice, long sequenceLength) {
        long step = slice.step() instanceof Long l ? Math.max(l, -Long.MAX_VALUE) : 1;
        long start = slice.start() instanceof Long l ? l : step < 0 ? Long.MAX_VALUE : 0;
        long stop = slice.stop() instanceof Long l ? l : step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return resolve(start, stop, step, sequenceLength);
    }

    private static SliceIndices resolve(long rawStart, long rawStop, long step, long sequenceLength) {
        long start = adjust(rawStart, sequenceLength, step);
        long stop = adjust(rawStop, sequenceLength, step);
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new SliceIndices(start, stop, step, count);
    }

    private static long adjust(long index, long length, long step) {
        if (index < 0) {
            index += length;
            if (index < 0) {
                index = step < 0 ? -1 : 0;
            }
        } else if (index >= length) {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    private static Object checkIndex(Object value) {
        if (!PyObjects.isIndex(value)) {
            throw PythonError.raise(PythonErrorType.TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        return value;
    }
}
