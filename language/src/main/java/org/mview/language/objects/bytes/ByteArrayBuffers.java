package org.mview.language.objects.bytes;

import java.nio.ByteOrder;

import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * The interop buffer and array messages of {@code bytes} and {@code bytearray} over their
 * {@code byte[]}: bounds-checked reads and writes in either byte order, the bulk read, and items as
 * ints. The caller passes the array it currently has (a bytearray's may be replaced by a resize).
 */
final class ByteArrayBuffers {

    private static final ByteArraySupport LE = ByteArraySupport.littleEndian();
    private static final ByteArraySupport BE = ByteArraySupport.bigEndian();

    private ByteArrayBuffers() {
    }

    static void check(byte[] bytes, long offset, int width) throws InvalidBufferOffsetException {
        if (offset < 0 || offset > bytes.length - width) {
            throw InvalidBufferOffsetException.create(offset, width);
        }
    }

    private static ByteArraySupport support(ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? LE : BE;
    }

    static byte getByte(byte[] bytes, long offset) throws InvalidBufferOffsetException {
        check(bytes, offset, 1);
        return bytes[(int) offset];
    }

    static short getShort(byte[] bytes, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        check(bytes, offset, 2);
        return support(order).getShort(bytes, offset);
    }

    static int getInt(byte[] bytes, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        check(bytes, offset, 4);
        return support(order).getInt(bytes, offset);
    }

    static long getLong(byte[] bytes, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        check(bytes, offset, 8);
        return support(order).getLong(bytes, offset);
    }

    static void putByte(byte[] bytes, long offset, byte value) throws InvalidBufferOffsetException {
        check(bytes, offset, 1);
        bytes[(int) offset] = value;
    }

    static void putShort(byte[] bytes, ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        check(bytes, offset, 2);
        support(order).putShort(bytes, offset, value);
    }

    static void putInt(byte[] bytes, ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        check(bytes, offset, 4);
        support(order).putInt(bytes, offset, value);
    }

    static void putLong(byte[] bytes, ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        check(bytes, offset, 8);
        support(order).putLong(bytes, offset, value);
    }

    /** The bulk {@code readBuffer}: both ranges are checked before anything is copied. */
    static void copyOut(byte[] bytes, long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        if (length < 0 || offset < 0 || offset > bytes.length - length || destinationOffset < 0 || destinationOffset > destination.length - length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
        System.arraycopy(bytes, (int) offset, destination, destinationOffset, length);
    }

    /** Item {@code index} as a Python int, as {@code b[i]} gives it. */
    static Object item(byte[] bytes, long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= bytes.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return (long) (bytes[(int) index] & 0xFF);
    }
}
