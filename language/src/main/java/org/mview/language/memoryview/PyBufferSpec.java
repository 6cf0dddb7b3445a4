package org.mview.language.memoryview;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.LayoutChecks;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.Storage;
import org.mview.language.buffer.StructFormat;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.mview.language.runtime.buffers.Exporters;

/**
 * A {@code Py_buffer} described by guest code — {@code Py_buffer(buf, obj=None, len=None, ...)} or
 * any object with those members (a JS object, a Java map) — read, completed with CPython's defaults and
 * validated ({@link LayoutChecks}) into a {@link BufferDescriptor} for {@code PyMemoryView_FromBuffer}.
 */
public final class PyBufferSpec {

    private PyBufferSpec() {
    }

    static final String[] PY_BUFFER_PARAMETERS_ARRAY = {"buf", "obj", "len", "itemsize", "readonly", "ndim", "format", "shape", "strides", "suboffsets", "offset"};
    public static final String[] PY_BUFFER_PARAMETERS = PY_BUFFER_PARAMETERS_ARRAY.clone();

    /** {@code Py_buffer(buf, obj=None, len=None, itemsize=None, readonly=None, ndim=None, format=None, shape=None, strides=None, suboffsets=None, offset=0)}. */
    @TruffleBoundary
    public static PyBuffer pyBuffer(Object[] a) {
        return new PyBuffer(describe(a), a[0], null, null);
    }

    static Object[] readForeignInfo(Object info) {
        InteropLibrary lib = InteropLibrary.getUncached(info);
        if (!lib.hasMembers(info)) {
            throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromBuffer(): expected a Py_buffer, not '" + PyObjects.typeName(info) + "'");
        }
        Object[] values = new Object[PY_BUFFER_PARAMETERS_ARRAY.length];
        for (int i = 0; i < values.length; i++) {
            String name = PY_BUFFER_PARAMETERS_ARRAY[i];
            try {
                if (lib.isMemberReadable(info, name)) {
                    Object v = ForeignValues.toPython(lib.readMember(info, name));
                    values[i] = v instanceof PNone ? null : sequenceOf(v);
                }
            } catch (UnsupportedMessageException | UnknownIdentifierException e) {
                values[i] = null;
            }
        }
        return values;
    }

    /** Foreign arrays (a JS array for {@code shape}) become tuples. */
    private static Object sequenceOf(Object v) {
        InteropLibrary lib = InteropLibrary.getUncached(v);
        if (v instanceof PTuple || v instanceof PList || v instanceof String || !lib.hasArrayElements(v) || lib.hasBufferElements(v)) {
            return v;
        }
        try {
            Object[] items = new Object[(int) lib.getArraySize(v)];
            for (int i = 0; i < items.length; i++) {
                items[i] = ForeignValues.toPython(lib.readArrayElement(v, i));
            }
            return new PTuple(items);
        } catch (Exception e) {
            return v;
        }
    }

    /** Builds and validates a descriptor from Py_buffer members; CPython's defaults fill what is missing. */
    static BufferDescriptor describe(Object[] members) {
        Object[] a = members.clone();
        for (int i = 1; i < a.length; i++) {
            if (a[i] instanceof PNone) {
                a[i] = null; // None means "not given", as a NULL member does in C
            }
        }
        Object buf = a[0];
        if (buf == null || buf instanceof PNone) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
        }
        ManagedBuffer memory = Exporters.tryAcquire(buf);
        if (memory == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: buf must be an object with memory (bytes, bytearray, ...), not '" + PyObjects.typeName(buf) + "'");
        }
        // The memory is borrowed, as a C pointer is: no export is held (PyMemoryView_FromBuffer never releases).
        memory.registerView();
        memory.unregisterView();
        BufferDescriptor base = memory.master();
        Storage storage = base.storage();
        Object obj = a[1] == null || a[1] instanceof PNone ? null : a[1];
        String format = a[6] == null ? "B" : asString(a[6], "format");
        int itemsize;
        if (a[3] != null) {
            itemsize = (int) positive(a[3], "itemsize");
        } else {
            StructFormat struct = StructFormat.parse(format);
            itemsize = struct == null || struct.size() == 0 ? 1 : struct.size();
        }
        BufferFormat kind = BufferFormat.parse(format);
        if (kind != BufferFormat.OTHER && itemsize != kind.itemsize()) {
            // Element access decodes kind.itemsize() bytes per item; a different stride would make
            // items overlap or read past the view. CPython trusts the caller here.
            throw PythonError.raise(PythonErrorType.ValueError,
                            "Py_buffer: itemsize " + itemsize + " does not match format '" + format + "' (" + kind.itemsize() + " bytes)");
        }
        boolean readonly = a[4] == null ? base.readonly() : PyObjects.isTrue(a[4]);
        if (!readonly && !storage.isWritable()) {
            throw PythonError.raise(PythonErrorType.BufferError, "Py_buffer: readonly=False over read-only memory");
        }
        long offset = base.offset() + (a[10] == null ? 0 : PyObjects.asSsize(a[10], PythonErrorType.OverflowError));
        long[] shape = a[7] == null ? null : longs(a[7], "shape");
        long len;
        if (a[2] != null) {
            len = PyObjects.asSsize(a[2], PythonErrorType.OverflowError);
        } else if (shape != null) {
            len = itemsize;
            for (long dim : shape) {
                len = LayoutChecks.multiplyShape(len, dim);
            }
        } else {
            len = base.len() - (offset - base.offset());
        }
        if (len < 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len must not be negative");
        }
        int ndim = a[5] == null ? (shape == null ? 1 : shape.length) : (int) PyObjects.asSsize(a[5], PythonErrorType.OverflowError);
        if (ndim < 0 || ndim > BufferDescriptor.MAX_NDIM) {
            throw ViewFactory.tooManyDimensions();
        }
        if (shape == null) {
            if (ndim != 1) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape is required when ndim is " + ndim);
            }
            if (len % itemsize != 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len is not a multiple of itemsize");
            }
            shape = new long[]{len / itemsize};
        }
        if (shape.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape has " + shape.length + " entries but ndim is " + ndim);
        }
        long product = itemsize;
        for (long dim : shape) {
            if (dim < 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: shape entries must not be negative");
            }
            product = LayoutChecks.multiplyShape(product, dim);
        }
        if (product != len) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: len " + len + " != product(shape) * itemsize " + product);
        }
        long[] strides = a[8] == null ? BufferDescriptor.cStrides(shape, itemsize) : longs(a[8], "strides");
        if (strides.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: strides has " + strides.length + " entries but ndim is " + ndim);
        }
        long[] suboffsets = a[9] == null ? null : longs(a[9], "suboffsets");
        if (suboffsets != null && suboffsets.length != ndim) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: suboffsets has " + suboffsets.length + " entries but ndim is " + ndim);
        }
        // Suboffsets that are all negative are kept, as CPython keeps them (a PIL view that is never
        // contiguous), but they follow no pointer, so the layout can be checked now.
        if (suboffsets == null || LayoutChecks.allNegative(suboffsets)) {
            LayoutChecks.checkExtent(offset, itemsize, shape, strides, storage.byteSize());
        }
        return new BufferDescriptor(obj, storage, offset, len, itemsize, readonly, format, BufferFormat.parse(format), shape, strides, suboffsets);
    }

    private static String asString(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: " + what + " must be a str, not '" + PyObjects.typeName(v) + "'");
    }

    private static long positive(Object v, String what) {
        long n = PyObjects.asSsize(v, PythonErrorType.OverflowError);
        if (n <= 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "Py_buffer: " + what + " must be positive");
        }
        return n;
    }

    private static long[] longs(Object v, String what) {
        Object[] items = PyObjects.sequenceItems(v);
        if (items == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "Py_buffer: " + what + " must be a tuple or a list of ints");
        }
        long[] result = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = PyObjects.asSsize(items[i], PythonErrorType.OverflowError);
        }
        return result;
    }
}
