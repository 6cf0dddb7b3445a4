package org.mview.language.objects.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import java.util.ArrayList;
import java.util.List;
import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.runtime.ItemAssignable;
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

/**
 * Python's mutable {@code list}. A list made by {@code tolist()} of an integer or floating-point view
 * starts with its elements unboxed in a {@code long[]} or {@code double[]} (as GraalPy's and PyPy's
 * list strategies do); the first access that needs the generic storage ({@link #items()}: every
 * mutation, among others) boxes them once. Reads by index and size never do.
 */
@ExportLibrary(InteropLibrary.class)
public final class PList implements TruffleObject, PythonTyped, PyRepresentable, PyConcatenable, PySequence, Sized, PyIterable, Subscriptable, ItemAssignable, PyEquatable, PyOrderable, PyHashable {

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

    // ---- the generic protocols --------------------------------------------------------------

    @Override
    public String pythonTypeName() {
        return "list";
    }

    @Override
    @TruffleBoundary
    public String pythonRepr() {
        return PyRepr.join("[", items().toArray(), "]");
    }

    @Override
    @TruffleBoundary
    public Object[] sequenceItems() {
        return items().toArray();
    }

    @Override
    @TruffleBoundary
    public Object concat(Object other) {
        if (other instanceof PList m) {
            ArrayList<Object> all = new ArrayList<>(items());
            all.addAll(m.items());
            return new PList(all);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "can only concatenate list (not \"" + PyObjects.typeName(other) + "\") to list");
    }

    @Override
    @TruffleBoundary
    public Object repeat(int times) {
        return new PList(java.util.Arrays.asList(Sequences.repeat(items().toArray(), times)));
    }

    @Override
    public long pythonLength() {
        return size();
    }

    @Override
    @TruffleBoundary
    public java.util.Iterator<Object> pythonIterator() {
        return items().iterator();
    }

    @Override
    public String iteratorTypeName() {
        return "list_iterator";
    }

    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        if (PyObjects.isIndex(key)) {
            return get((int) Sequences.index(key, size(), "list index out of range"));
        } else if (key instanceof PSlice s) {
            return new PList(java.util.Arrays.asList(Sequences.slice(items().toArray(), s)));
        }
        throw Sequences.badIndex("list", key);
    }

    @Override
    @TruffleBoundary
    public void setItem(Object key, Object value) {
        if (PyObjects.isIndex(key)) {
            items().set((int) Sequences.index(key, size(), Messages.LIST_ASSIGNMENT_INDEX), value);
            return;
        } else if (key instanceof PSlice s) {
            List<Object> all = items();
            List<Object> repl = PyOps.toList(value);
            SliceIndices si = SliceIndices.of(s, all.size());
            if (si.step() == 1) {
                int start = (int) si.start();
                int stop = (int) Math.max(si.start(), si.stop());
                all.subList(start, stop).clear();
                all.addAll(start, repl);
                return;
            }
            if (repl.size() != si.length()) {
                throw PythonError.raise(PythonErrorType.ValueError,
                                "attempt to assign sequence of size " + repl.size() + " to extended slice of size " + si.length());
            }
            for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                all.set((int) i, repl.get((int) k));
            }
            return;
        }
        throw Sequences.badIndex("list", key);
    }

    @Override
    @TruffleBoundary
    public void delItem(Object key) {
        if (PyObjects.isIndex(key)) {
            items().remove((int) Sequences.index(key, size(), Messages.LIST_ASSIGNMENT_INDEX));
            return;
        } else if (key instanceof PSlice s) {
            SliceIndices si = SliceIndices.of(s, size());
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (!Sequences.inSlice(si, i)) {
                    kept.add(get(i));
                }
            }
            items().clear();
            items().addAll(kept);
            return;
        }
        throw Sequences.badIndex("list", key);
    }

    @Override
    @TruffleBoundary
    public Boolean pythonEquals(Object other) {
        return other instanceof PList y ? org.mview.language.runtime.PyCompare.sequencesEqual(items().toArray(), y.items().toArray(), PyOps::equal) : null;
    }

    @Override
    @TruffleBoundary
    public Boolean pythonOrder(String op, Object other) {
        return other instanceof PList y ? Sequences.order(op, items().toArray(), y.items().toArray()) : null;
    }

    @Override
    public long pythonHash() {
        throw Sequences.unhashable(this);
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
