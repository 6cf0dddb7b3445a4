package org.mview.tests.fuzz;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * The bounds-recording storage of the fuzz oracles: a foreign buffer (mview views it through its
 * {@code InteropStorage}) that records every access mview makes to it, and refuses, as any foreign
 * buffer must, offsets outside it. The oracle then checks the record: no access outside the memory
 * (mview must never even ask), none outside the window a view describes, no write to read-only
 * memory. Production code has no hook for this: the hook is the interop protocol itself.
 */
@ExportLibrary(InteropLibrary.class)
public final class RecordingBuffer implements TruffleObject {

    private static final ByteArraySupport LE = ByteArraySupport.littleEndian();

    /** One access: {@code [offset, offset + length)}, a write or a read. */
    public record Access(long offset, long length, boolean write) {
    }

    private final byte[] bytes;
    private final boolean writable;
    private final List<Access> accesses = new ArrayList<>();

    public RecordingBuffer(byte[] bytes, boolean writable) {
        this.bytes = bytes;
        this.writable = writable;
    }

    public byte[] bytes() {
        return bytes;
    }

    public synchronized List<Access> accesses() {
        return new ArrayList<>(accesses);
    }

    public synchronized void clear() {
        accesses.clear();
    }

    private synchronized void record(long offset, long length, boolean write) throws InvalidBufferOffsetException {
        accesses.add(new Access(offset, length, write));
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
    }

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return writable;
    }

    @ExportMessage
    long getBufferSize() {
        return bytes.length;
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        record(offset, 1, false);
        return bytes[(int) offset];
    }

    @ExportMessage
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        record(offset, length, false);
        System.arraycopy(bytes, (int) offset, destination, destinationOffset, length);
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        record(offset, 2, false);
        short v = LE.getShort(bytes, offset);
        return order == ByteOrder.LITTLE_ENDIAN ? v : Short.reverseBytes(v);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        record(offset, 4, false);
        int v = LE.getInt(bytes, offset);
        return order == ByteOrder.LITTLE_ENDIAN ? v : Integer.reverseBytes(v);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        record(offset, 8, false);
        long v = LE.getLong(bytes, offset);
        return order == ByteOrder.LITTLE_ENDIAN ? v : Long.reverseBytes(v);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(readBufferInt(order, offset));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(readBufferLong(order, offset));
    }

    private void checkWritable() throws UnsupportedMessageException {
        if (!writable) {
            synchronized (this) {
                accesses.add(new Access(-1, 0, true)); // a write attempt on read-only memory
            }
            throw UnsupportedMessageException.create();
        }
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        checkWritable();
        record(offset, 1, true);
        bytes[(int) offset] = value;
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        checkWritable();
        record(offset, 2, true);
        LE.putShort(bytes, offset, order == ByteOrder.LITTLE_ENDIAN ? value : Short.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        checkWritable();
        record(offset, 4, true);
        LE.putInt(bytes, offset, order == ByteOrder.LITTLE_ENDIAN ? value : Integer.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        checkWritable();
        record(offset, 8, true);
        LE.putLong(bytes, offset, order == ByteOrder.LITTLE_ENDIAN ? value : Long.reverseBytes(value));
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writeBufferInt(order, offset, Float.floatToRawIntBits(value));
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException, UnsupportedMessageException {
        writeBufferLong(order, offset, Double.doubleToRawLongBits(value));
    }
}
