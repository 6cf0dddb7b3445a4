package org.mview.language.buffer;

/**
 * The seed's {@code Py_buffer}: where a view's memory is and how it is laid out. Immutable; the
 * arrays are never handed out for writing. {@code suboffsets} is null when the view has none.
 * {@code offset} is the byte offset of the first element (CPython's {@code buf}) in the storage.
 *
 * @param obj the exporter, or null (FromMemory, FromBuffer)
 * @param len {@code product(shape) * itemsize}
 */
public record BufferDescriptor(Object obj, Storage storage, long offset, long len, int itemsize, boolean readonly,
                String format, BufferFormat kind, long[] shape, long[] strides, long[] suboffsets) {

    /** CPython's {@code PyBUF_MAX_NDIM}. */
    public static final int MAX_NDIM = 64;

    public int ndim() {
        return shape.length;
    }

    /** A one-dimensional unsigned-byte descriptor over {@code size} bytes from {@code offset}. */
    public static BufferDescriptor bytes(Object obj, Storage storage, long offset, long size, boolean readonly) {
        return new BufferDescriptor(obj, storage, offset, size, 1, readonly, "B", BufferFormat.UBYTE, new long[]{size}, new long[]{1}, null);
    }

    /** A C-contiguous descriptor with the given format and shape. */
    public static BufferDescriptor contiguous(Object obj, Storage storage, long offset, int itemsize, boolean readonly, String format,
                    long[] shape) {
        long[] strides = cStrides(shape, itemsize);
        long len = itemsize;
        for (long dim : shape) {
            len *= dim;
        }
        return new BufferDescriptor(obj, storage, offset, len, itemsize, readonly, format, BufferFormat.parse(format), shape, strides, null);
    }

    public BufferDescriptor withReadonly(boolean newReadonly) {
        return new BufferDescriptor(obj, storage, offset, len, itemsize, newReadonly, format, kind, shape, strides, suboffsets);
    }

    public static long[] cStrides(long[] shape, long itemsize) {
        long[] strides = new long[shape.length];
        long stride = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    public static long[] fortranStrides(long[] shape, long itemsize) {
        long[] strides = new long[shape.length];
        long stride = itemsize;
        for (int d = 0; d < shape.length; d++) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /**
     * The {@code byte[]} that holds this view's C-order image from {@link #offset()} on, so that it can
     * be read in place; null when the view is not C-contiguous over a byte array or does not lie inside
     * it (then the image has to be copied out).
     */
    public byte[] contiguousByteArray() {
        if (storage instanceof ByteArrayStorage array && isCContiguous() && offset >= 0 && offset + len <= array.bytes().length) {
            return array.bytes();
        }
        return null;
    }

    /** {@code PyBuffer_IsContiguous(view, 'C')}. */
    public boolean isCContiguous() {
        if (suboffsets != null) {
            return false;
        }
        if (len == 0) {
            return true;
        }
        long expected = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** {@code PyBuffer_IsContiguous(view, 'F')}. */
    public boolean isFortranContiguous() {
        if (suboffsets != null) {
            return false;
        }
        if (len == 0) {
            return true;
        }
        long expected = itemsize;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** {@code PyBuffer_IsContiguous(view, order)} for order 'C', 'F' or 'A'. */
    public boolean isContiguous(char order) {
        return switch (order) {
            case 'C' -> isCContiguous();
            case 'F' -> isFortranContiguous();
            default -> isCContiguous() || isFortranContiguous();
        };
    }
}
