package org.mview.language.objects.bytes;

import org.mview.language.Messages;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.ExportSites;
import org.mview.language.buffer.BufferExporter;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.ExportLeases;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.mview.language.runtime.PyContainer;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyHashable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyOrderable;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.ItemAssignable;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.Sized;

/**
 * Python's {@code bytearray}: mutable, resizable while no view is exported (CPython's
 * {@code ob_exports} lock). The array is exactly {@code length} long, so a view's storage is the
 * array itself and its bounds are the bytearray's.
 */
@ExportLibrary(InteropLibrary.class)
public final class PByteArray extends BytesLike implements TruffleObject, BufferExporter, PythonTyped, ItemAssignable, PyHashable {


    private volatile byte[] bytes;
    private final AtomicInteger exports = new AtomicInteger();
    private final ExportSites sites = new ExportSites();

    public PByteArray(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The current contents (live: writes are visible to views). */
    @Override
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    public int exports() {
        return exports.get();
    }

    @Override
    public String pythonTypeName() {
        return "bytearray";
    }

    // ---- the generic protocols --------------------------------------------------------------

    @Override
    public void setItem(Object key, Object value) {
        BytesProtocols.setItem(this, key, value);
    }

    @Override
    public void delItem(Object key) {
        BytesProtocols.delItem(this, key);
    }

    @Override
    BytesLike withBytes(byte[] contents) {
        return new PByteArray(contents);
    }

    @Override
    public byte[] contiguousBytes() {
        return bytes.clone();
    }

    @Override
    public long pythonHash() {
        throw org.mview.language.runtime.Sequences.unhashable(this);
    }

    /** Synchronized with {@link #resize}: an export never starts between resize's check and its swap. */
    @Override
    public synchronized BufferDescriptor acquireBuffer() {
        exports.incrementAndGet();
        byte[] current = bytes;
        return BufferDescriptor.bytes(this, new ByteArrayStorage(current, true), 0, current.length, false);
    }

    @Override
    public void releaseBuffer() {
        exports.decrementAndGet();
    }

    @Override
    public void exportOpened(Object token, String site) {
        sites.opened(token, site);
    }

    @Override
    public void exportClosed(Object token) {
        sites.closed(token);
    }

    /** Replaces the contents with {@code newBytes} of any length, unless a view holds an export. */
    public synchronized void resize(byte[] newBytes) {
        if (exports.get() > 0) {
            // CPython would have freed dropped views already (refcounting): reclaim them first.
            ExportLeases.reclaimUnreachable();
            if (exports.get() > 0) {
                throw resizeLocked(sites.describe());
            }
        }
        bytes = newBytes;
    }

    /** {@code bytearray.append(value)}. */
    @TruffleBoundary
    public void append(byte value) {
        byte[] old = bytes;
        byte[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = value;
        resize(grown);
    }

    @TruffleBoundary
    public static PythonError resizeLocked(String sites) {
        return PythonError.raise(PythonErrorType.BufferError, "Existing exports of data: object cannot be re-sized" + sites);
    }

    @Override
    @TruffleBoundary
    public String toString() {
        byte[] current = bytes;
        return "bytearray(" + BytesRepr.bytearrayRepr(current, current.length) + ")";
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return true;
    }

    @ExportMessage
    long getBufferSize() {
        return bytes.length;
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        return ByteArrayBuffers.getByte(bytes, offset);
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return ByteArrayBuffers.getShort(bytes, order, offset);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return ByteArrayBuffers.getInt(bytes, order, offset);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return ByteArrayBuffers.getLong(bytes, order, offset);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(readBufferInt(order, offset));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(readBufferLong(order, offset));
    }

    @ExportMessage
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        ByteArrayBuffers.copyOut(bytes, offset, destination, destinationOffset, length);
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
        ByteArrayBuffers.putByte(bytes, offset, value);
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        ByteArrayBuffers.putShort(bytes, order, offset, value);
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        ByteArrayBuffers.putInt(bytes, order, offset, value);
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        ByteArrayBuffers.putLong(bytes, order, offset, value);
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException {
        writeBufferInt(order, offset, Float.floatToRawIntBits(value));
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException {
        writeBufferLong(order, offset, Double.doubleToRawLongBits(value));
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return bytes.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < bytes.length;
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return isArrayElementReadable(index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
        return false;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        return ByteArrayBuffers.item(bytes, index);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value,
                    @com.oracle.truffle.api.library.CachedLibrary(limit = "3") InteropLibrary values) throws InvalidArrayIndexException, UnsupportedTypeException {
        byte[] b = bytes;
        if (index < 0 || index >= b.length) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            if (values.fitsInInt(value)) {
                int v = values.asInt(value);
                if (v >= 0 && v <= 255) {
                    b[(int) index] = (byte) v;
                    return;
                }
            }
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException e) {
            // fall through to the type error
        }
        throw UnsupportedTypeException.create(new Object[]{value}, Messages.BYTE_RANGE);
    }
}
