package org.mview.language.runtime.buffers;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.InteropStorage;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * Values of other languages, recognised by their interop traits and members (never by the class
 * names of another language's internals):
 * <ul>
 * <li>an interop buffer with {@code format}/{@code itemsize}/{@code shape}/{@code strides} members
 * (GraalPy {@code memoryview}): typed, shaped;
 * <li>an interop buffer with {@code typecode}/{@code itemsize} members (GraalPy {@code array.array}):
 * typed, one-dimensional;
 * <li>any other interop buffer (JS {@code ArrayBuffer}/{@code SharedArrayBuffer}, GraalPy
 * {@code bytes}, {@code bytearray}, {@code mmap}, ...): its bytes, writable as the exporter says;
 * <li>a non-buffer with {@code buffer}/{@code byteOffset}/{@code byteLength} members over an interop
 * buffer (JS typed arrays and {@code DataView}): their region of that buffer.
 * </ul>
 * Every view made here reads through an {@link InteropStorage}, which checks each access against the
 * buffer's current size.
 */
public final class ForeignBuffers {

    private ForeignBuffers() {
    }

    /** The descriptor of a foreign value that holds bytes, or null. */
    @TruffleBoundary
    public static BufferDescriptor describe(Object obj) {
        InteropLibrary lib = InteropLibrary.getUncached(obj);
        if (lib.hasBufferElements(obj)) {
            long size;
            boolean writable;
            try {
                size = lib.getBufferSize(obj);
                writable = lib.isBufferWritable(obj);
            } catch (UnsupportedMessageException e) {
                return null;
            }
            InteropStorage storage = new InteropStorage(obj, writable);
            if (PythonBuffers.isMemoryViewLike(obj)) {
                return PythonBuffers.describeMemoryView(obj, storage, size, !writable);
            } else if (PythonBuffers.isArrayLike(obj)) {
                return PythonBuffers.describeArray(obj, storage, size, !writable);
            }
            return BufferDescriptor.bytes(obj, storage, 0, size, !writable);
        }
        if (JsTypedArrays.isRegionOfBuffer(obj)) {
            return JsTypedArrays.describe(obj);
        }
        return null;
    }
}
