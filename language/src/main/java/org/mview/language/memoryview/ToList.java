package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.runtime.PList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * {@code tolist()} of a view with ndim ≥ 1 and a native format: the C-order image is copied out once
 * (a bulk or gather copy), then decoded row by row with one loop per format into nested lists.
 */
final class ToList {

    private static final ByteArraySupport NATIVE = ByteArraySupport.littleEndian();

    private ToList() {
    }

    @TruffleBoundary
    static PList build(BufferDescriptor v) {
        int ndim = v.ndim();
        long[] shape = v.shape();
        for (long dim : shape) {
            if (dim == 0) {
                return nest(shape, 0);
            }
        }
        if (v.kind() == BufferFormat.OTHER) {
            throw BufferFormat.unsupported(v.format());
        }
        byte[] bytes = CopyToContiguousNode.getUncached().execute(v, 'C');
        int rowLength = (int) shape[ndim - 1];
        int rowBytes = rowLength * v.itemsize();
        if (ndim == 1) {
            return row(v.kind(), bytes, 0, rowLength);
        }
        PList[] open = new PList[ndim - 1];
        open[0] = new PList((int) Math.min(shape[0], 1 << 16));
        for (int d = 1; d < ndim - 1; d++) {
            open[d] = new PList((int) Math.min(shape[d], 1 << 16));
            open[d - 1].add(open[d]);
        }
        long[] index = new long[ndim - 1];
        int rows = bytes.length / rowBytes;
        for (int r = 0, offset = 0; r < rows; r++, offset += rowBytes) {
            open[ndim - 2].add(row(v.kind(), bytes, offset, rowLength));
            int d = ndim - 2;
            while (d >= 0) {
                index[d]++;
                if (index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
                d--;
            }
            if (d < 0) {
                break;
            }
            for (int e = d + 1; e < ndim - 1; e++) {
                open[e] = new PList((int) Math.min(shape[e], 1 << 16));
                open[e - 1].add(open[e]);
            }
        }
        return open[0];
    }

    /** One innermost row decoded from {@code bytes} at {@code offset}: one loop per format. */
    private static PList row(BufferFormat kind, byte[] bytes, int offset, int length) {
        PList list = new PList(length);
        int o = offset;
        switch (kind) {
            case BYTE -> {
                for (int i = 0; i < length; i++, o++) {
                    list.add((long) bytes[o]);
                }
            }
            case UBYTE -> {
                for (int i = 0; i < length; i++, o++) {
                    list.add((long) (bytes[o] & 0xFF));
                }
            }
            case SHORT -> {
                for (int i = 0; i < length; i++, o += 2) {
                    list.add((long) NATIVE.getShort(bytes, o));
                }
            }
            case INT -> {
                for (int i = 0; i < length; i++, o += 4) {
                    list.add((long) NATIVE.getInt(bytes, o));
                }
            }
            case UINT -> {
                for (int i = 0; i < length; i++, o += 4) {
                    list.add(NATIVE.getInt(bytes, o) & 0xFFFF_FFFFL);
                }
            }
            case LONG, LONGLONG, SSIZE -> {
                for (int i = 0; i < length; i++, o += 8) {
                    list.add(NATIVE.getLong(bytes, o));
                }
            }
            case DOUBLE -> {
                for (int i = 0; i < length; i++, o += 8) {
                    list.add(NATIVE.getDouble(bytes, o));
                }
            }
            case FLOAT -> {
                for (int i = 0; i < length; i++, o += 4) {
                    list.add((double) NATIVE.getFloat(bytes, o));
                }
            }
            default -> {
                ByteArrayStorage storage = new ByteArrayStorage(bytes, false);
                int itemsize = kind.itemsize();
                for (int i = 0; i < length; i++, o += itemsize) {
                    list.add(kind.unpack(storage.readBits(o, itemsize)));
                }
            }
        }
        return list;
    }

    /** The nested lists of a view with a zero in its shape: lists down to the first empty dimension. */
    private static PList nest(long[] shape, int d) {
        PList list = new PList();
        if (d == shape.length - 1) {
            return list;
        }
        for (long i = 0; i < shape[d]; i++) {
            list.add(nest(shape, d + 1));
        }
        return list;
    }
}
