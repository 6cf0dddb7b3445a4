package org.mview.language.runtime.buffers;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.InteropStorage;

/**
 * Interop buffers that describe their items: a GraalPy {@code memoryview} (members {@code format},
 * {@code itemsize}, {@code shape}, {@code strides}) and an {@code array.array} (members
 * {@code typecode}, {@code itemsize}). GraalPy exports their bytes as interop buffer elements; the
 * members give the format and shape, so the view is typed without copying.
 *
 * <p>GraalPy 25.0's interop buffer of a <em>non-contiguous</em> memoryview reads the wrong bytes (it
 * adds the byte offset to the start without going through the strides) and reports only
 * {@code nbytes}, so the memory a strided view spans cannot be reached: such a view is refused with
 * a {@code BufferError} rather than viewed wrongly. View its {@code obj} and slice on mview's side.
 */
final class PythonBuffers {

    private PythonBuffers() {
    }

    static boolean isMemoryViewLike(Object obj) {
        return ForeignMembers.hasReadable(obj, "format", "itemsize", "shape", "strides");
    }

    static boolean isArrayLike(Object obj) {
        return ForeignMembers.hasReadable(obj, "typecode", "itemsize");
    }

    static BufferDescriptor describeMemoryView(Object obj, InteropStorage storage, long size, boolean readonly) {
        if (ForeignMembers.hasReadable(obj, "c_contiguous") && !ForeignMembers.readBoolean(obj, "c_contiguous")) {
            throw PythonError.raise(PythonErrorType.BufferError,
                            "memoryview: a non-contiguous foreign memoryview cannot be viewed (its interop buffer does not follow its strides); view its obj instead");
        }
        String format = ForeignMembers.readString(obj, "format");
        int itemsize = (int) ForeignMembers.readLong(obj, "itemsize");
        long[] shape = ForeignMembers.readLongs(obj, "shape");
        BufferDescriptor view = BufferDescriptor.contiguous(obj, storage, 0, itemsize, readonly, format, shape);
        if (view.len() != size) {
            throw PythonError.raise(PythonErrorType.BufferError, "memoryview: the foreign memoryview's shape does not match its " + size + " bytes");
        }
        return view;
    }

    static BufferDescriptor describeArray(Object obj, InteropStorage storage, long size, boolean readonly) {
        String typecode = ForeignMembers.readString(obj, "typecode");
        int itemsize = (int) ForeignMembers.readLong(obj, "itemsize");
        if (itemsize <= 0) {
            throw PythonError.raise(PythonErrorType.BufferError, "memoryview: the exporter's 'itemsize' is not positive");
        }
        // array('u') exports wchar_t items; CPython 3.13 calls that format 'w' when it is 4 bytes.
        String format = "u".equals(typecode) && itemsize == 4 ? "w" : typecode;
        return BufferDescriptor.contiguous(obj, storage, 0, itemsize, readonly, format, new long[]{size / itemsize});
    }
}
