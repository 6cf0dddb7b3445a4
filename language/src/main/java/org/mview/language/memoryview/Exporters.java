package org.mview.language.memoryview;

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

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferExporter;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.InteropStorage;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.SegmentStorage;
import org.mview.language.buffer.Storage;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * {@code PyObject_GetBuffer(obj, PyBUF_FULL_RO)} for everything mview can view: the language's own
 * exporters, Java host arrays, NIO buffers and memory segments, and any foreign object with interop
 * buffer elements. Each call is one acquisition: a new {@link ManagedBuffer}.
 */
public final class Exporters {

    private Exporters() {
    }

    /** A new managed buffer over {@code obj}, or null when {@code obj} exports no buffer. */
    @TruffleBoundary
    public static ManagedBuffer tryAcquire(Object obj) {
        if (obj instanceof MemoryView mv) {
            mv.checkReleased();
            return new ManagedBuffer(mv.descriptor(), null);
        }
        if (obj instanceof BufferExporter exporter) {
            return new ManagedBuffer(exporter.acquireBuffer(), exporter);
        }
        MViewContext context = MViewContext.get(null);
        Env env = context == null ? null : context.getEnv();
        if (env != null && env.isHostObject(obj)) {
            BufferDescriptor host = hostBuffer(obj, env.asHostObject(obj));
            if (host != null) {
                return new ManagedBuffer(host, null);
            }
        }
        InteropLibrary lib = InteropLibrary.getUncached(obj);
        if (lib.hasBufferElements(obj)) {
            try {
                long size = lib.getBufferSize(obj);
                boolean writable = lib.isBufferWritable(obj);
                return new ManagedBuffer(BufferDescriptor.bytes(obj, new InteropStorage(obj, writable), 0, size, !writable), null);
            } catch (UnsupportedMessageException e) {
                return null;
            }
        }
        return null;
    }

    /** Like {@link #tryAcquire} but raises CPython's TypeError for a non-buffer. */
    @TruffleBoundary
    public static ManagedBuffer acquire(Object obj) {
        ManagedBuffer mbuf = tryAcquire(obj);
        if (mbuf == null) {
            throw notABuffer(obj);
        }
        return mbuf;
    }

    @TruffleBoundary
    public static PythonError notABuffer(Object obj) {
        return PythonError.raise(PythonErrorType.TypeError, "memoryview: a bytes-like object is required, not '" + PyObjects.typeName(obj) + "'");
    }

    /** The descriptor of a Java host value that holds memory, or null. {@code wrapper} is the guest value. */
    private static BufferDescriptor hostBuffer(Object wrapper, Object host) {
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
