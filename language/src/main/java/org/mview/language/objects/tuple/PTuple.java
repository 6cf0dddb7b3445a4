package org.mview.language.objects.tuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.PyConcatenable;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyRepresentable;
import org.mview.language.runtime.PySequence;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.PyHashable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyOrderable;
import org.mview.language.runtime.Sequences;
import org.mview.language.runtime.Sized;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PyRepr;

/** Python's immutable {@code tuple}. */
@ExportLibrary(InteropLibrary.class)
public final class PTuple implements TruffleObject, PythonTyped, PyRepresentable, PyConcatenable, PySequence, Sized, PyIterable, Subscriptable, PyEquatable, PyOrderable, PyHashable {

    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }

    // ---- the generic protocols --------------------------------------------------------------

    @Override
    public String pythonTypeName() {
        return "tuple";
    }

    @Override
    @TruffleBoundary
    public String pythonRepr() {
        if (items.length == 1) {
            return "(" + PyRepr.repr(items[0]) + ",)";
        }
        return PyRepr.join("(", items, ")");
    }

    @Override
    public Object[] sequenceItems() {
        return items;
    }

    @Override
    @TruffleBoundary
    public Object concat(Object other) {
        if (other instanceof PTuple u) {
            Object[] all = java.util.Arrays.copyOf(items, items.length + u.items.length);
            System.arraycopy(u.items, 0, all, items.length, u.items.length);
            return new PTuple(all);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "can only concatenate tuple (not \"" + PyObjects.typeName(other) + "\") to tuple");
    }

    @Override
    @TruffleBoundary
    public Object repeat(int times) {
        return new PTuple(Sequences.repeat(items, times));
    }

    @Override
    public long pythonLength() {
        return items.length;
    }

    @Override
    @TruffleBoundary
    public java.util.Iterator<Object> pythonIterator() {
        return java.util.Arrays.asList(items).iterator();
    }

    @Override
    public String iteratorTypeName() {
        return "tuple_iterator";
    }

    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        if (PyObjects.isIndex(key)) {
            return items[(int) Sequences.index(key, items.length, "tuple index out of range")];
        } else if (key instanceof PSlice s) {
            return new PTuple(Sequences.slice(items, s));
        }
        throw Sequences.badIndex("tuple", key);
    }

    @Override
    @TruffleBoundary
    public Boolean pythonEquals(Object other) {
        return other instanceof PTuple y ? org.mview.language.runtime.PyCompare.sequencesEqual(items, y.items, PyOps::equal) : null;
    }

    @Override
    @TruffleBoundary
    public Boolean pythonOrder(String op, Object other) {
        return other instanceof PTuple y ? Sequences.order(op, items, y.items) : null;
    }

    @Override
    @TruffleBoundary
    public long pythonHash() {
        return Sequences.hashTuple(items);
    }

    public static PTuple ofLongs(long[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = values[i];
        }
        return new PTuple(items);
    }

    /** {@code repr(self)}, which is also what other languages display. */
    @Override
    @TruffleBoundary
    public String toString() {
        return PyRepr.repr(this);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return ForeignValues.toInterop(items[(int) index]);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
