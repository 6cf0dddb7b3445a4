package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.nodes.format.ExtendedFormat;
import org.mview.language.nodes.format.ItemCodec;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.objects.list.PList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * {@code tolist()} of a view with ndim ≥ 1 and a native format: the C-order image (read in place when
 * the view is C-contiguous over a {@code byte[]}, else copied out once by a bulk or gather copy) is
 * decoded row by row with one loop per format into nested lists; rows of ints and floats stay unboxed
 * ({@link PList#ofLongs}, {@link PList#ofDoubles}).
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
            if (MemoryViewOps.extensions()) {
                return extended(v, ExtendedItems.itemsOf(v));
            }
            throw BufferFormat.unsupported(v.format());
        }
        byte[] bytes = v.contiguousByteArray();
        int base = (int) v.offset();
        if (bytes == null) {
            bytes = CopyToContiguousNode.getUncached().execute(v, 'C');
            base = 0;
        }
        int rowLength = (int) shape[ndim - 1];
        int rowBytes = rowLength * v.itemsize();
        if (ndim == 1) {
            return row(v.kind(), bytes, base, rowLength);
        }
        PList[] open = new PList[ndim - 1];
        open[0] = new PList((int) Math.min(shape[0], 1 << 16));
        for (int d = 1; d < ndim - 1; d++) {
            open[d] = new PList((int) Math.min(shape[d], 1 << 16));
            open[d - 1].add(open[d]);
        }
        long[] index = new long[ndim - 1];
        long rows = v.len() / rowBytes;
        for (long r = 0, offset = base; r < rows; r++, offset += rowBytes) {
            open[ndim - 2].add(row(v.kind(), bytes, (int) offset, rowLength));
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

    /** The nested lists of a view whose items only the option's {@link ExtendedFormat} decodes. */
    private static PList extended(BufferDescriptor v, ExtendedFormat items) {
        byte[] bytes = CopyToContiguousNode.getUncached().execute(v, 'C');
        int[] next = {0};
        return extendedLevel(v.shape(), 0, items, bytes, next, v.itemsize());
    }

    private static PList extendedLevel(long[] shape, int d, ExtendedFormat items, byte[] bytes, int[] next, int itemsize) {
        PList list = new PList((int) Math.min(shape[d], 1 << 16));
        for (long i = 0; i < shape[d]; i++) {
            if (d == shape.length - 1) {
                list.add(items.unpack(bytes, next[0]));
                next[0] += itemsize;
            } else {
                list.add(extendedLevel(shape, d + 1, items, bytes, next, itemsize));
            }
        }
        return list;
    }

    /** One innermost row decoded from {@code bytes} at {@code offset}: one loop per format. */
    private static PList row(BufferFormat kind, byte[] bytes, int offset, int length) {
        int o = offset;
        switch (kind) {
            case BYTE -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = bytes[o + i];
                }
                return PList.ofLongs(row);
            }
            case UBYTE -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = bytes[o + i] & 0xFF;
                }
                return PList.ofLongs(row);
            }
            case SHORT -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getShort(bytes, o + 2 * i);
                }
                return PList.ofLongs(row);
            }
            case USHORT -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getShort(bytes, o + 2 * i) & 0xFFFF;
                }
                return PList.ofLongs(row);
            }
            case INT -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getInt(bytes, o + 4 * i);
                }
                return PList.ofLongs(row);
            }
            case UINT -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getInt(bytes, o + 4 * i) & 0xFFFF_FFFFL;
                }
                return PList.ofLongs(row);
            }
            case LONG, LONGLONG, SSIZE -> {
                long[] row = new long[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getLong(bytes, o + 8 * i);
                }
                return PList.ofLongs(row);
            }
            case DOUBLE -> {
                double[] row = new double[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getDouble(bytes, o + 8 * i);
                }
                return PList.ofDoubles(row);
            }
            case FLOAT -> {
                double[] row = new double[length];
                for (int i = 0; i < length; i++) {
                    row[i] = NATIVE.getFloat(bytes, o + 4 * i);
                }
                return PList.ofDoubles(row);
            }
            default -> {
                // c, ?, e, unsigned 64-bit (may need big ints), P: decoded one by one, boxed
                PList list = new PList(length);
                ByteArrayStorage storage = new ByteArrayStorage(bytes, false);
                int itemsize = kind.itemsize();
                for (int i = 0; i < length; i++, o += itemsize) {
                    list.add(ItemCodec.unpack(kind, storage.readBits(o, itemsize)));
                }
                return list;
            }
        }
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
