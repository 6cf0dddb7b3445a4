package org.mview.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.ArrayList;
import java.util.List;

/** Python's mutable {@code list}. */
@ExportLibrary(InteropLibrary.class)
public final class PList implements TruffleObject {

    private final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    /** The live backing list. */
    public ArrayList<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object value) {
        items.add(value);
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
        return items.size();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return ForeignValues.toInterop(items.get((int) index));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
