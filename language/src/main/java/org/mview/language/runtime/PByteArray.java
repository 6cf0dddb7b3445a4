package org.mview.language.runtime;

import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
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
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * Python's {@code bytearray}: mutable, resizable while no view is exported (CPython's
 * {@code ob_exports} lock). The array is exactly {@code length} long, so a view's storage is the
 * array itself and its bounds are the bytearray's.
 */
@ExportLibrary(InteropLibrary.class)
public final class PByteArray implements TruffleObject, BufferExporter, PythonTyped, Sized {

    private static final ByteArraySupport LE = ByteArraySupport.littleEndian();
    private static final ByteArraySupport BE = ByteArraySupport.bigEndian();

    private volatile byte[] bytes;
    private final AtomicInteger exports = new AtomicInteger();

    public PByteArray(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The current contents (live: writes are visible to views). */
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

    @Override
    public long pythonLength() {
        return bytes.length;
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

    /** Replaces the contents with {@code newBytes} of any length, unless a view holds an export. */
    public synchronized void resize(byte[] newBytes) {
        if (exports.get() > 0) {
            // CPython would have freed dropped views already (refcounting): reclaim them first.
            ExportLeases.reclaimUnreachable();
            if (exports.get() > 0) {
                throw resizeLocked();
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
    public static PythonError resizeLocked() {
        return PythonError.raise(PythonErrorType.BufferError, "Existing exports of data: object cannot be re-sized");
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

    private byte[] check(long offset, int width) throws InvalidBufferOffsetException {
        byte[] current = bytes;
        if (offset < 0 || offset > current.length - width) {
            throw InvalidBufferOffsetException.create(offset, width);
        }
        return current;
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        return check(offset, 1)[(int) offset];
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 2);
        return order == ByteOrder.LITTLE_ENDIAN ? LE.getShort(b, offset) : BE.getShort(b, offset);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 4);
        return order == ByteOrder.LITTLE_ENDIAN ? LE.getInt(b, offset) : BE.getInt(b, offset);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 8);
        return order == ByteOrder.LITTLE_ENDIAN ? LE.getLong(b, offset) : BE.getLong(b, offset);
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
        byte[] b = bytes;
        if (length < 0 || offset < 0 || offset > b.length - length || destinationOffset < 0 || destinationOffset > destination.length - length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
        System.arraycopy(b, (int) offset, destination, destinationOffset, length);
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
        check(offset, 1)[(int) offset] = value;
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 2);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            LE.putShort(b, offset, value);
        } else {
            BE.putShort(b, offset, value);
        }
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 4);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            LE.putInt(b, offset, value);
        } else {
            BE.putInt(b, offset, value);
        }
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        byte[] b = check(offset, 8);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            LE.putLong(b, offset, value);
        } else {
            BE.putLong(b, offset, value);
        }
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
        byte[] b = bytes;
        if (index < 0 || index >= b.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return (long) (b[(int) index] & 0xFF);
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
        throw UnsupportedTypeException.create(new Object[]{value}, "byte must be in range(0, 256)");
    }
}
