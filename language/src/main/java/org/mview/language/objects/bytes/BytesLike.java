package org.mview.language.objects.bytes;

import java.util.Arrays;
import java.util.Iterator;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferView;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.Sequences;

import org.mview.language.runtime.PyConcatenable;
import org.mview.language.runtime.PyContainer;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyOrderable;
import org.mview.language.runtime.Sized;
import org.mview.language.runtime.Subscriptable;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What {@code bytes} and {@code bytearray} share of the generic protocols, as CPython implements them
 * alike: length, iteration over ints, subscripts (a slice is a new object of the receiver's type),
 * {@code in}, {@code ==}, ordering by unsigned bytes, {@code +} and {@code *}.
 */
abstract sealed class BytesLike implements Sized, PyIterable, Subscriptable, PyConcatenable, PyContainer, PyEquatable, PyOrderable permits PBytes, PByteArray {

    /** The current contents. */
    public abstract byte[] bytes();

    /** The receiver's type holding {@code contents}. */
    abstract BytesLike withBytes(byte[] contents);

    private boolean isBytes() {
        return this instanceof PBytes;
    }

    @Override
    public long pythonLength() {
        return bytes().length;
    }

    @Override
    public Iterator<Object> pythonIterator() {
        return BytesProtocols.iterator(bytes());
    }

    @Override
    public String iteratorTypeName() {
        return isBytes() ? "bytes_iterator" : "bytearray_iterator";
    }

    /** {@code b[key]}: an int, or a new object of the receiver's type for a slice. */
    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        byte[] b = bytes();
        if (PyObjects.isIndex(key)) {
            return (long) (b[(int) Sequences.index(key, b.length, isBytes() ? "index out of range" : Messages.BYTEARRAY_INDEX)] & 0xFF);
        } else if (key instanceof PSlice s) {
            SliceIndices si = SliceIndices.of(s, b.length);
            byte[] out = new byte[(int) si.length()];
            for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                out[(int) k] = b[(int) i];
            }
            return withBytes(out);
        }
        throw Sequences.badIndex(isBytes() ? "byte" : "bytearray", key);
    }

    /** {@code self + other}: a new object of the receiver's type holding both byte strings. */
    @Override
    @TruffleBoundary
    public Object concat(Object other) {
        byte[] left = bytes();
        byte[] right = PyArith.bufferBytes(other);
        if (right == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "can't concat " + PyObjects.typeName(other) + " to " + PyObjects.typeName(this));
        }
        byte[] all = Arrays.copyOf(left, left.length + right.length);
        System.arraycopy(right, 0, all, left.length, right.length);
        return withBytes(all);
    }

    @Override
    public Object repeat(int times) {
        return withBytes(Sequences.repeat(bytes(), times));
    }

    @Override
    public boolean pythonContains(Object item) {
        return BytesProtocols.contains(bytes(), item);
    }

    /** {@code ==} between bytes and bytearray; other operands are not ours (null). */
    @Override
    public Boolean pythonEquals(Object other) {
        return other instanceof BytesLike o ? Arrays.equals(bytes(), o.bytes()) : null;
    }

    /**
     * Ordering by unsigned bytes. bytes orders against bytes and bytearray; bytearray also against
     * any object that grants a PyBUF_SIMPLE request (a C-contiguous, unreleased view), as
     * {@code bytearray_richcompare} does, including when reflected from the view.
     */
    @Override
    @TruffleBoundary
    public Boolean pythonOrder(String op, Object other) {
        if (other instanceof BytesLike || !isBytes() && other instanceof BufferView v && !v.isReleased() && v.viewDescriptor().isCContiguous()) {
            return Sequences.ordered(op, Arrays.compareUnsigned(bytes(), PyArith.bufferBytes(other)));
        }
        return null;
    }
}
