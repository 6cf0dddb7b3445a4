package org.mview.language.buffer;

import com.oracle.truffle.api.memory.ByteArraySupport;

/** A Java {@code byte[]}: bytes, bytearray, JS heap buffers copied in, {@code byte[]} host values. */
public final class ByteArrayStorage extends Storage {

    private static final ByteArraySupport NATIVE = ByteArraySupport.littleEndian();

    private final byte[] bytes;
    private final boolean writable;

    public ByteArrayStorage(byte[] bytes, boolean writable) {
        this.bytes = bytes;
        this.writable = writable;
    }

    public byte[] bytes() {
        return bytes;
    }

    @Override
    public long byteSize() {
        return bytes.length;
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    /** Reads {@code width} (1, 2, 4 or 8) bytes as the low bits of a long; narrower values are sign-extended. */
    public long readBits(long offset, int width) {
        if (!inBounds(offset, width, bytes.length)) {
            throw outOfBounds();
        }
        return switch (width) {
            case 1 -> NATIVE.getByte(bytes, offset);
            case 2 -> NATIVE.getShort(bytes, offset);
            case 4 -> NATIVE.getInt(bytes, offset);
            default -> NATIVE.getLong(bytes, offset);
        };
    }

    public void writeBits(long offset, int width, long bits) {
        if (!inBounds(offset, width, bytes.length)) {
            throw outOfBounds();
        }
        if (!writable) {
            throw readOnly();
        }
        switch (width) {
            case 1 -> NATIVE.putByte(bytes, offset, (byte) bits);
            case 2 -> NATIVE.putShort(bytes, offset, (short) bits);
            case 4 -> NATIVE.putInt(bytes, offset, (int) bits);
            default -> NATIVE.putLong(bytes, offset, bits);
        }
    }

    public void copyTo(long offset, byte[] dst, int dstOffset, int length) {
        if (!inBounds(offset, length, bytes.length)) {
            throw outOfBounds();
        }
        System.arraycopy(bytes, (int) offset, dst, dstOffset, length);
    }

    public void copyFrom(long offset, byte[] src, int srcOffset, int length) {
        if (!inBounds(offset, length, bytes.length)) {
            throw outOfBounds();
        }
        if (!writable) {
            throw readOnly();
        }
        System.arraycopy(src, srcOffset, bytes, (int) offset, length);
    }
}
