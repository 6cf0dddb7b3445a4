package org.mview.benchmarks;

import java.nio.ByteOrder;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Bind;

/**
 * The trivial foreign arrays of the interop floor: elements decoded from a {@code byte[]} at
 * {@code index * strideBytes}, with a bounds check and nothing else (no release state, no format).
 * They are buffers too, with the logical image of those elements (what {@code new Float64Array(x)}
 * reads), mapped to the bytes by a shift and the stride.
 *
 * <p>The two classes repeat their buffer messages on purpose: a shared abstract superclass exporting
 * them (item size and shift as fields) measured a 1.4–1.5× slower floor on rows 1a and 10a, which
 * would have flattered mview.
 */
final class FloorArray {

    private FloorArray() {
    }

    static ByteArraySupport order(ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? ByteArraySupport.littleEndian() : ByteArraySupport.bigEndian();
    }

    @ExportLibrary(InteropLibrary.class)
    static final class Doubles implements TruffleObject {
        static final int ITEMSIZE = 8;
        static final int SHIFT = 3;

        final byte[] data;
        final long length;
        final int strideBytes;

        Doubles(byte[] data, long length, int strideBytes) {
            this.data = data;
            this.length = length;
            this.strideBytes = strideBytes;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < length;
        }

        @ExportMessage
        double readArrayElement(long index,
                        @Bind Node node,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            return ByteArraySupport.littleEndian().getDouble(data, index * strideBytes);
        }

        // ---- the buffer floor: the logical image of the strided elements, aligned accesses only ----

        @ExportMessage
        boolean hasBufferElements() {
            return true;
        }

        @ExportMessage
        long getBufferSize() {
            return length * ITEMSIZE;
        }

        @ExportMessage
        boolean isBufferWritable() {
            return true;
        }

        private long physical(long offset, int width) throws InvalidBufferOffsetException {
            long element = offset >>> SHIFT;
            long within = offset & (ITEMSIZE - 1);
            if (offset < 0 || element >= length || within + width > ITEMSIZE) {
                throw InvalidBufferOffsetException.create(offset, width);
            }
            return element * strideBytes + within;
        }

        @ExportMessage
        byte readBufferByte(long offset) throws InvalidBufferOffsetException {
            return data[(int) physical(offset, 1)];
        }

        @ExportMessage
        void readBuffer(long offset, byte[] destination, int destinationOffset, int count) throws InvalidBufferOffsetException {
            for (int k = 0; k < count; k++) {
                destination[destinationOffset + k] = readBufferByte(offset + k);
            }
        }

        @ExportMessage
        short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getShort(data, physical(offset, 2));
        }

        @ExportMessage
        int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getInt(data, physical(offset, 4));
        }

        @ExportMessage
        long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getLong(data, physical(offset, 8));
        }

        @ExportMessage
        float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getFloat(data, physical(offset, 4));
        }

        @ExportMessage
        double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getDouble(data, physical(offset, 8));
        }

        @ExportMessage
        void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
            data[(int) physical(offset, 1)] = value;
        }

        @ExportMessage
        void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
            order(order).putShort(data, physical(offset, 2), value);
        }

        @ExportMessage
        void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
            order(order).putInt(data, physical(offset, 4), value);
        }

        @ExportMessage
        void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
            order(order).putLong(data, physical(offset, 8), value);
        }

        @ExportMessage
        void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException {
            order(order).putFloat(data, physical(offset, 4), value);
        }

        @ExportMessage
        void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException {
            order(order).putDouble(data, physical(offset, 8), value);
        }

    }

    @ExportLibrary(InteropLibrary.class)
    static final class Ints implements TruffleObject {
        static final int ITEMSIZE = 4;
        static final int SHIFT = 2;

        final byte[] data;
        final long length;
        final int strideBytes;

        Ints(byte[] data, long length, int strideBytes) {
            this.data = data;
            this.length = length;
            this.strideBytes = strideBytes;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return length;
        }

        @ExportMessage(name = "isArrayElementReadable")
        @ExportMessage(name = "isArrayElementModifiable")
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < length;
        }

        @ExportMessage
        boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
            return false;
        }

        @ExportMessage
        int readArrayElement(long index,
                        @Bind Node node,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            return ByteArraySupport.littleEndian().getInt(data, index * strideBytes);
        }

        @ExportMessage
        void writeArrayElement(long index, Object value,
                        @Bind Node node,
                        @CachedLibrary(limit = "3") InteropLibrary values,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException, UnsupportedMessageException, UnsupportedTypeException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            if (!values.fitsInInt(value)) {
                outOfBounds.enter(node);
                throw UnsupportedTypeException.create(new Object[]{value});
            }
            ByteArraySupport.littleEndian().putInt(data, index * strideBytes, values.asInt(value));
        }

        // ---- the buffer floor: the logical image of the strided elements, aligned accesses only ----

        @ExportMessage
        boolean hasBufferElements() {
            return true;
        }

        @ExportMessage
        long getBufferSize() {
            return length * ITEMSIZE;
        }

        @ExportMessage
        boolean isBufferWritable() {
            return true;
        }

        private long physical(long offset, int width) throws InvalidBufferOffsetException {
            long element = offset >>> SHIFT;
            long within = offset & (ITEMSIZE - 1);
            if (offset < 0 || element >= length || within + width > ITEMSIZE) {
                throw InvalidBufferOffsetException.create(offset, width);
            }
            return element * strideBytes + within;
        }

        @ExportMessage
        byte readBufferByte(long offset) throws InvalidBufferOffsetException {
            return data[(int) physical(offset, 1)];
        }

        @ExportMessage
        void readBuffer(long offset, byte[] destination, int destinationOffset, int count) throws InvalidBufferOffsetException {
            for (int k = 0; k < count; k++) {
                destination[destinationOffset + k] = readBufferByte(offset + k);
            }
        }

        @ExportMessage
        short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getShort(data, physical(offset, 2));
        }

        @ExportMessage
        int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getInt(data, physical(offset, 4));
        }

        @ExportMessage
        long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getLong(data, physical(offset, 8));
        }

        @ExportMessage
        float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getFloat(data, physical(offset, 4));
        }

        @ExportMessage
        double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
            return order(order).getDouble(data, physical(offset, 8));
        }

        @ExportMessage
        void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
            data[(int) physical(offset, 1)] = value;
        }

        @ExportMessage
        void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
            order(order).putShort(data, physical(offset, 2), value);
        }

        @ExportMessage
        void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
            order(order).putInt(data, physical(offset, 4), value);
        }

        @ExportMessage
        void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
            order(order).putLong(data, physical(offset, 8), value);
        }

        @ExportMessage
        void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException {
            order(order).putFloat(data, physical(offset, 4), value);
        }

        @ExportMessage
        void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException {
            order(order).putDouble(data, physical(offset, 8), value);
        }

    }
}
