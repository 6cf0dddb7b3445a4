package org.mview.language.objects.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.ArrayList;
import java.util.List;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PyRepr;

/**
 * Python's mutable {@code list}. A list made by {@code tolist()} of an integer or floating-point view
 * starts with its elements unboxed in a {@code long[]} or {@code double[]} (as GraalPy's and PyPy's
 * list strategies do); the first access that needs the generic storage ({@link #items()}: every
 * mutation, among others) boxes them once. Reads by index and size never do.
 */
@ExportLibrary(InteropLibrary.class)
public final class PList implements TruffleObject {

    /** The elements, or null while {@link #primitive} holds them. */
    private ArrayList<Object> items;
    /** A {@code long[]} or {@code double[]} holding exactly the elements, while {@link #items} is null. */
    private Object primitive;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    private PList(Object primitive) {
        this.primitive = primitive;
    }

    /** A list of Python ints held unboxed; {@code values} is taken over, not copied. */
    public static PList ofLongs(long[] values) {
        return new PList(values);
    }

    /** A list of Python floats held unboxed; {@code values} is taken over, not copied. */
    public static PList ofDoubles(double[] values) {
        return new PList(values);
    }

    /** The live backing list (boxing unboxed elements first). */
    public ArrayList<Object> items() {
        if (items == null) {
            generalize();
        }
        return items;
    }

    @TruffleBoundary
    private void generalize() {
        ArrayList<Object> boxed;
        if (primitive instanceof long[] longs) {
            boxed = new ArrayList<>(longs.length);
            for (long value : longs) {
                boxed.add(value);
            }
        } else {
            double[] doubles = (double[]) primitive;
            boxed = new ArrayList<>(doubles.length);
            for (double value : doubles) {
                boxed.add(value);
            }
        }
        items = boxed;
        primitive = null;
    }

    public int size() {
        if (items != null) {
            return items.size();
        }
        return primitive instanceof long[] longs ? longs.length : ((double[]) primitive).length;
    }

    public Object get(int i) {
        if (items != null) {
            return items.get(i);
        }
        if (primitive instanceof long[] longs) {
            return longs[i];
        }
        return ((double[]) primitive)[i];
    }

    public void add(Object value) {
        items().add(value);
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
        return size();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return ForeignValues.toInterop(get((int) index));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
