package org.mview.language.buffer;

import java.nio.ByteOrder;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * A foreign object with interop buffer elements (a JS {@code ArrayBuffer}, a GraalPy
 * {@code bytearray}, ...). Accesses go through the caller's {@link InteropLibrary}, cached at the
 * call site. A buffer that was detached or shrank raises the released-view error.
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

    /**
     * Checks {@code [offset, offset + length)} against the buffer's size now: a JS buffer that was
     * detached or a Python {@code bytearray} that shrank since the view was made must never be read
     * past its end, and exporters differ in how they report that (GraalPy may fail internally).
     */
    private void checkCurrentSize(InteropLibrary lib, long offset, long length) {
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
        checkCurrentSize(lib, offset, width);
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
        if (!writable) {
            throw readOnly();
        }
        checkCurrentSize(lib, offset, width);
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
        checkCurrentSize(lib, offset, length);
        try {
            lib.readBuffer(buffer, offset, dst, dstOffset, length);
        } catch (UnsupportedMessageException | InvalidBufferOffsetException e) {
            throw outOfBounds();
        }
    }

    /** Interop has no bulk write: eight bytes at a time, then the tail. */
    public void copyFrom(InteropLibrary lib, long offset, byte[] src, int srcOffset, int length) {
        if (!writable) {
            throw readOnly();
        }
        checkCurrentSize(lib, offset, length);
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
