package org.mview.language.objects.tuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PyRepr;

/** Python's immutable {@code tuple}. */
@ExportLibrary(InteropLibrary.class)
public final class PTuple implements TruffleObject {

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
