package org.mview.language.objects.bytes;

import java.util.Iterator;

import org.mview.language.runtime.PyConcatenable;
import org.mview.language.runtime.PyContainer;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyOrderable;
import org.mview.language.runtime.Sized;
import org.mview.language.runtime.Subscriptable;

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

    @Override
    public Object getItem(Object key) {
        return BytesProtocols.getItem(bytes(), key, isBytes());
    }

    @Override
    public Object concat(Object other) {
        return BytesProtocols.concat(this, bytes(), other);
    }

    @Override
    public Object repeat(int times) {
        return withBytes(org.mview.language.runtime.Sequences.repeat(bytes(), times));
    }

    @Override
    public boolean pythonContains(Object item) {
        return BytesProtocols.contains(bytes(), item);
    }

    @Override
    public Boolean pythonEquals(Object other) {
        return BytesProtocols.equalTo(bytes(), other);
    }

    /** bytearray also orders against a view that grants a simple buffer request; bytes does not. */
    @Override
    public Boolean pythonOrder(String op, Object other) {
        return BytesProtocols.order(op, bytes(), other, !isBytes());
    }
}
