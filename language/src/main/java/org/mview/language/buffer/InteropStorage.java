package org.mview.language.buffer;

import java.nio.ByteOrder;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * A foreign object with interop buffer elements (a JS {@code ArrayBuffer}, a GraalPy
 * {@code bytearray}, ...). Accesses go through the caller's {@link InteropLibrary}, cached at the
 * call site. A buffer that was detached or shrank raises the released-view error. Like the other
 * storages, every access is checked against the buffer's current size before the foreign object is
 * asked: a wild offset (say, a PIL pointer read from the data) never reaches foreign code, whose own
 * bounds checks are not ours to trust.
 */
public final class InteropStorage extends Storage {

    private final Object buffer;
    private final boolean writable;

    public InteropStorage(Object buffer, boolean writable) {
        this.buffer = buffer;
        this.writable = writable;
    }

    public Object buffer() {
        return buffer;
    }

    @Override
    public long byteSize() {
        try {
            return InteropLibrary.getUncached().getBufferSize(buffer);
        } catch (UnsupportedMessageException e) {
            return 0;
        }
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    /** Bounds against the buffer's current size (a detached buffer has none). */
    private void checkBounds(InteropLibrary lib, long offset, long length) {
        long size;
        try {
            size = lib.getBufferSize(buffer);
        } catch (UnsupportedMessageException e) {
            throw outOfBounds();
        }
        if (!inBounds(offset, length, size)) {
            throw outOfBounds();
        }
    }

    public long readBits(InteropLibrary lib, long offset, int width) {
        checkBounds(lib, offset, width);
        try {
            return switch (width) {
                case 1 -> lib.readBufferByte(buffer, offset);
                case 2 -> lib.readBufferShort(buffer, ByteOrder.LITTLE_ENDIAN, offset);
                case 4 -> lib.readBufferInt(buffer, ByteOrder.LITTLE_ENDIAN, offset);
                default -> lib.readBufferLong(buffer, ByteOrder.LITTLE_ENDIAN, offset);
            };
        } catch (UnsupportedMessageException | InvalidBufferOffsetException e) {
            throw outOfBounds();
        }
    }

    public void writeBits(InteropLibrary lib, long offset, int width, long bits) {
        checkBounds(lib, offset, width);
        if (!writable) {
            throw readOnly();
        }
        try {
            switch (width) {
                case 1 -> lib.writeBufferByte(buffer, offset, (byte) bits);
                case 2 -> lib.writeBufferShort(buffer, ByteOrder.LITTLE_ENDIAN, offset, (short) bits);
                case 4 -> lib.writeBufferInt(buffer, ByteOrder.LITTLE_ENDIAN, offset, (int) bits);
                default -> lib.writeBufferLong(buffer, ByteOrder.LITTLE_ENDIAN, offset, bits);
            }
        } catch (InvalidBufferOffsetException e) {
            throw outOfBounds();
        } catch (UnsupportedMessageException e) {
            throw readOnly();
        }
    }

    public void copyTo(InteropLibrary lib, long offset, byte[] dst, int dstOffset, int length) {
        checkBounds(lib, offset, length);
        try {
            lib.readBuffer(buffer, offset, dst, dstOffset, length);
        } catch (UnsupportedMessageException | InvalidBufferOffsetException e) {
            throw outOfBounds();
        }
    }

    /** Interop has no bulk write: eight bytes at a time, then the tail. */
    public void copyFrom(InteropLibrary lib, long offset, byte[] src, int srcOffset, int length) {
        checkBounds(lib, offset, length);
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long bits = 0;
            for (int b = 7; b >= 0; b--) {
                bits = (bits << 8) | (src[srcOffset + i + b] & 0xFFL);
            }
            writeBits(lib, offset + i, 8, bits);
        }
        for (; i < length; i++) {
            writeBits(lib, offset + i, 1, src[srcOffset + i]);
        }
    }
}
