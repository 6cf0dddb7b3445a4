package org.mview.language.buffer;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The memory under a view: a Java {@code byte[]}, a {@link java.lang.foreign.MemorySegment} (native
 * memory, NIO buffers, mapped files) or a foreign object with interop buffer elements. Offsets are
 * byte offsets from the storage's start. Every access is bounds-checked against the storage's current
 * size: a storage that shrank or went away (a detached JS buffer, a closed arena) raises the
 * released-view error instead of reading stale memory.
 *
 * <p>Multi-byte values use the platform's native byte order, as CPython's native formats do; mview
 * runs on little-endian platforms only (checked when the language starts).
 */
public abstract sealed class Storage permits ByteArrayStorage, SegmentStorage, InteropStorage {

    /** The current size in bytes. */
    public abstract long byteSize();

    /** Whether the memory itself accepts writes (a view may still be read-only on top of it). */
    public abstract boolean isWritable();

    @TruffleBoundary
    public static PythonError outOfBounds() {
        return PythonError.raise(PythonErrorType.ValueError, Messages.RELEASED);
    }

    @TruffleBoundary
    public static PythonError readOnly() {
        return PythonError.raise(PythonErrorType.TypeError, Messages.READ_ONLY);
    }

    /** Whether {@code [offset, offset + length)} lies within {@code [0, size)}, without overflow. */
    public static boolean inBounds(long offset, long length, long size) {
        return offset >= 0 && length >= 0 && offset <= size - length;
    }
}
