package org.mview.language.buffer;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@link MemorySegment}: native memory, direct and heap NIO buffers, memory-mapped files. Lengths
 * are {@code long}, so views over more than 2 GiB work. A segment whose arena was closed raises the
 * released-view error on the next access; the segment's own liveness check makes that race-free.
 */
public final class SegmentStorage extends Storage {

    private final MemorySegment segment;
    private final boolean writable;

    public SegmentStorage(MemorySegment segment, boolean writable) {
        this.segment = segment;
        this.writable = writable && !segment.isReadOnly();
    }

    public MemorySegment segment() {
        return segment;
    }

    @Override
    public long byteSize() {
        return segment.byteSize();
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    public long readBits(long offset, int width) {
        if (!inBounds(offset, width, segment.byteSize())) {
            throw outOfBounds();
        }
        return read(segment, offset, width);
    }

    public void writeBits(long offset, int width, long bits) {
        if (!inBounds(offset, width, segment.byteSize())) {
            throw outOfBounds();
        }
        if (!writable) {
            throw readOnly();
        }
        write(segment, offset, width, bits);
    }

    @TruffleBoundary(allowInlining = true)
    private static long read(MemorySegment segment, long offset, int width) {
        try {
            return switch (width) {
                case 1 -> segment.get(ValueLayout.JAVA_BYTE, offset);
                case 2 -> segment.get(ValueLayout.JAVA_SHORT_UNALIGNED, offset);
                case 4 -> segment.get(ValueLayout.JAVA_INT_UNALIGNED, offset);
                default -> segment.get(ValueLayout.JAVA_LONG_UNALIGNED, offset);
            };
        } catch (IllegalStateException | WrongThreadException e) {
            throw outOfBounds();
        }
    }

    @TruffleBoundary(allowInlining = true)
    private static void write(MemorySegment segment, long offset, int width, long bits) {
        try {
            switch (width) {
                case 1 -> segment.set(ValueLayout.JAVA_BYTE, offset, (byte) bits);
                case 2 -> segment.set(ValueLayout.JAVA_SHORT_UNALIGNED, offset, (short) bits);
                case 4 -> segment.set(ValueLayout.JAVA_INT_UNALIGNED, offset, (int) bits);
                default -> segment.set(ValueLayout.JAVA_LONG_UNALIGNED, offset, bits);
            }
        } catch (IllegalStateException | WrongThreadException e) {
            throw outOfBounds();
        }
    }

    @TruffleBoundary
    public void copyTo(long offset, byte[] dst, int dstOffset, int length) {
        if (!inBounds(offset, length, segment.byteSize())) {
            throw outOfBounds();
        }
        try {
            MemorySegment.copy(segment, ValueLayout.JAVA_BYTE, offset, dst, dstOffset, length);
        } catch (IllegalStateException | WrongThreadException e) {
            throw outOfBounds();
        }
    }

    @TruffleBoundary
    public void copyFrom(long offset, byte[] src, int srcOffset, int length) {
        if (!inBounds(offset, length, segment.byteSize())) {
            throw outOfBounds();
        }
        if (!writable) {
            throw readOnly();
        }
        try {
            MemorySegment.copy(src, srcOffset, segment, ValueLayout.JAVA_BYTE, offset, length);
        } catch (IllegalStateException | WrongThreadException e) {
            throw outOfBounds();
        }
    }
}
