package org.mview.language.objects.bytes;

import java.nio.ByteOrder;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferExporter;
import org.mview.language.buffer.ByteArrayStorage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.mview.language.runtime.PyContainer;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyHashable;
import org.mview.language.runtime.PyIterable;
import org.mview.language.runtime.PyOrderable;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.Sized;

/** Python's immutable {@code bytes}: a read-only interop buffer and an array of ints. */
@ExportLibrary(InteropLibrary.class)
public final class PBytes extends BytesLike implements TruffleObject, BufferExporter, PythonTyped, PyHashable {

    public static final PBytes EMPTY = new PBytes(new byte[0]);
    private static final PBytes[] SINGLE = new PBytes[256];
    static {
        for (int i = 0; i < 256; i++) {
            SINGLE[i] = new PBytes(new byte[]{(byte) i});
        }
    }

    private final byte[] bytes;

    /** Takes ownership of {@code bytes}: nobody may write to the array afterwards. */
    public PBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static PBytes ofByte(byte b) {
        return SINGLE[b & 0xFF];
    }

    /** The contents; callers must not modify the array. */
    @Override
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int i) {
        return bytes[i];
    }

    @Override
    public String pythonTypeName() {
        return "bytes";
    }

    // ---- the generic protocols --------------------------------------------------------------

    @Override
    BytesLike withBytes(byte[] contents) {
        return new PBytes(contents);
    }

    @Override
    public byte[] contiguousBytes() {
        return bytes;
    }

    @Override
    public long pythonHash() {
        return org.mview.language.runtime.PyHash.hashBytes(bytes, bytes.length);
    }

    @Override
    public BufferDescriptor acquireBuffer() {
        return BufferDescriptor.bytes(this, new ByteArrayStorage(bytes, false), 0, bytes.length, true);
    }

    @Override
    public void releaseBuffer() {
        // Immutable: nothing to unlock.
    }

    @Override
    public boolean locksMemory() {
        return false;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return BytesRepr.repr(bytes, bytes.length);
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
        return false;
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
    @SuppressWarnings("unused")
    void writeBufferByte(long offset, byte value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferShort(ByteOrder order, long offset, short value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferInt(ByteOrder order, long offset, int value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferLong(ByteOrder order, long offset, long value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferFloat(ByteOrder order, long offset, float value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferDouble(ByteOrder order, long offset, double value) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
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
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        return ByteArrayBuffers.item(bytes, index);
    }
}
