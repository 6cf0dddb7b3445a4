package org.mview.language.objects.range;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.Sequences;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.Sized;

/** Python's {@code range(start, stop, step)} over 64-bit ints; other languages see an array of its ints. */
@ExportLibrary(InteropLibrary.class)
public final class PRange implements TruffleObject, PythonTyped, Sized, PythonAttributes, PyIterable, Subscriptable, PyEquatable {

    private final long start;
    private final long stop;
    private final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object pythonAttribute(String name) {
        return switch (name) {
            case "start" -> start();
            case "stop" -> stop();
            case "step" -> step();
            default -> null;
        };
    }

    @Override
    @TruffleBoundary
    public java.util.Iterator<Object> pythonIterator() {
        return new java.util.Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < length();
            }

            @Override
            public Object next() {
                return get(i++);
            }
        };
    }

    @Override
    public String iteratorTypeName() {
        return "range_iterator";
    }

    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        if (PyObjects.isIndex(key)) {
            return get(Sequences.index(key, length(), "range object index out of range"));
        } else if (key instanceof PSlice s) {
            SliceIndices si = SliceIndices.of(s, length());
            long first = get(si.start());
            long by = step * si.step();
            return new PRange(first, first + si.length() * by, by);
        }
        throw Sequences.badIndex("range", key);
    }

    /** Ranges are equal when they give the same items; a range equals nothing else. */
    @Override
    @TruffleBoundary
    public Boolean pythonEquals(Object other) {
        return other instanceof PRange r && PyOps.toList(this).equals(PyOps.toList(r));
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        } else if (step < 0 && start > stop) {
            return (start - stop - 1) / (-step) + 1;
        }
        return 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public String pythonTypeName() {
        return "range";
    }

    @Override
    public long pythonLength() {
        return length();
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return length();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < length();
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return get(index);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
