package org.mview.language.runtime.buffers;

import java.lang.foreign.MemorySegment;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.SegmentStorage;
import org.mview.language.buffer.Storage;

/**
 * Java host values that hold memory: {@code byte[]} and the other primitive arrays (format from the
 * element type), {@code MemorySegment}s and NIO buffers (the region from position to limit, in the
 * buffer's byte order, read-only when the buffer is). All zero-copy.
 */
public final class HostBuffers {

    private HostBuffers() {
    }

    /** The descriptor of a Java host value that holds memory, or null. {@code wrapper} is the guest value. */
    public static BufferDescriptor describe(Object wrapper, Object host) {
        if (host instanceof byte[] bytes) {
            return BufferDescriptor.bytes(wrapper, new ByteArrayStorage(bytes, true), 0, bytes.length, false);
        } else if (host instanceof short[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 2, "h", false);
        } else if (host instanceof char[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 2, "H", false);
        } else if (host instanceof int[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 4, "i", false);
        } else if (host instanceof long[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 8, "q", false);
        } else if (host instanceof float[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 4, "f", false);
        } else if (host instanceof double[] a) {
            return typed(wrapper, MemorySegment.ofArray(a), 8, "d", false);
        } else if (host instanceof boolean[]) {
            return null; // the JVM does not promise one byte per boolean
        } else if (host instanceof MemorySegment segment) {
            Storage storage = new SegmentStorage(segment, !segment.isReadOnly());
            return BufferDescriptor.bytes(wrapper, storage, 0, segment.byteSize(), segment.isReadOnly());
        } else if (host instanceof Buffer buffer) {
            return nioBuffer(wrapper, buffer);
        }
        return null;
    }

    /** NIO buffers: the region from position to limit, in the buffer's byte order. */
    private static BufferDescriptor nioBuffer(Object wrapper, Buffer buffer) {
        MemorySegment segment;
        try {
            segment = MemorySegment.ofBuffer(buffer);
        } catch (IllegalArgumentException e) {
            return null; // a buffer implementation the JDK cannot view as memory
        }
        boolean readonly = buffer.isReadOnly();
        if (buffer instanceof ByteBuffer) {
            return BufferDescriptor.bytes(wrapper, new SegmentStorage(segment, !readonly), 0, segment.byteSize(), readonly);
        }
        ByteOrder order;
        int itemsize;
        char code;
        if (buffer instanceof ShortBuffer b) {
            order = b.order();
            itemsize = 2;
            code = 'h';
        } else if (buffer instanceof CharBuffer b) {
            order = b.order();
            itemsize = 2;
            code = 'H';
        } else if (buffer instanceof IntBuffer b) {
            order = b.order();
            itemsize = 4;
            code = 'i';
        } else if (buffer instanceof LongBuffer b) {
            order = b.order();
            itemsize = 8;
            code = 'q';
        } else if (buffer instanceof FloatBuffer b) {
            order = b.order();
            itemsize = 4;
            code = 'f';
        } else if (buffer instanceof DoubleBuffer b) {
            order = b.order();
            itemsize = 8;
            code = 'd';
        } else {
            return null;
        }
        // A buffer in the other byte order is a standard-size format: readable as bytes, not item by item.
        String format = order == ByteOrder.nativeOrder() ? String.valueOf(code) : (order == ByteOrder.BIG_ENDIAN ? ">" : "<") + code;
        return typed(wrapper, segment, itemsize, format, readonly);
    }

    private static BufferDescriptor typed(Object wrapper, MemorySegment segment, int itemsize, String format, boolean readonly) {
        Storage storage = new SegmentStorage(segment, !readonly);
        return BufferDescriptor.contiguous(wrapper, storage, 0, itemsize, readonly, format, new long[]{segment.byteSize() / itemsize});
    }
}
