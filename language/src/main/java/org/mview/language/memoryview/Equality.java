package org.mview.language.memoryview;

import java.util.Arrays;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.nodes.format.ExtendedFormat;
import org.mview.language.nodes.format.ItemCodec;
import org.mview.language.nodes.format.StructCodec;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.StructFormat;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.runtime.PyCompare;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * Value equality of two buffers as CPython's memoryview defines it: equal shapes, then each pair of
 * items equal as Python values (so NaN is unequal to itself, {@code 'h'} equals {@code 'i'} for equal
 * numbers, and formats {@code struct} cannot parse make views unequal, even to themselves).
 */
final class Equality {

    private static final ByteArraySupport NATIVE = ByteArraySupport.littleEndian();

    private Equality() {
    }

    @TruffleBoundary
    static boolean equal(BufferDescriptor a, BufferDescriptor b) {
        if (!MemoryViewOps.equivalentShape(a, b)) {
            return false;
        }
        if (a.kind() == b.kind() && a.kind() != BufferFormat.OTHER) {
            return sameFormat(a, b);
        }
        Unpacker ua = Unpacker.of(a);
        Unpacker ub = Unpacker.of(b);
        if (ua == null || ub == null) {
            return false;
        }
        byte[] x = CopyToContiguousNode.getUncached().execute(a, 'C');
        byte[] y = CopyToContiguousNode.getUncached().execute(b, 'C');
        long count = elementCount(a);
        for (long i = 0; i < count; i++) {
            Object p = ua.unpack(x, (int) (i * a.itemsize()));
            Object q = ub.unpack(y, (int) (i * b.itemsize()));
            if (!PyCompare.equal(p, q)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Both sides have the same native format: compare the C-order images without unpacking. Integer
     * and {@code 'c'} formats are equal exactly when their bytes are (one vectorized mismatch);
     * floating-point items compare as numbers (NaN unequal, -0.0 equal to 0.0). {@code '?'} items
     * compare by their bytes too, as CPython's {@code unpack_cmp} does when it loads them into C
     * {@code _Bool}s: two views whose bytes are 1 and 2 are unequal although both items are True
     * (found by the geometry fuzzer; both are True in {@code tolist()}).
     */
    private static boolean sameFormat(BufferDescriptor a, BufferDescriptor b) {
        Image x = Image.of(a);
        Image y = Image.of(b);
        int n = x.length;
        BufferFormat kind = a.kind();
        switch (kind) {
            case DOUBLE -> {
                for (int i = 0; i < n; i += 8) {
                    if (NATIVE.getDouble(x.bytes, x.start + i) != NATIVE.getDouble(y.bytes, y.start + i)) {
                        return false;
                    }
                }
                return true;
            }
            case FLOAT -> {
                for (int i = 0; i < n; i += 4) {
                    if (NATIVE.getFloat(x.bytes, x.start + i) != NATIVE.getFloat(y.bytes, y.start + i)) {
                        return false;
                    }
                }
                return true;
            }
            case HALF -> {
                for (int i = 0; i < n; i += 2) {
                    Object p = ItemCodec.unpack(kind, NATIVE.getShort(x.bytes, x.start + i));
                    Object q = ItemCodec.unpack(kind, NATIVE.getShort(y.bytes, y.start + i));
                    if (!PyCompare.equal(p, q)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return Arrays.equals(x.bytes, x.start, x.start + n, y.bytes, y.start, y.start + n);
            }
        }
    }

    /** A view's C-order bytes: the storage array itself when the view is C-contiguous over a byte[], else a copy. */
    private record Image(byte[] bytes, int start, int length) {

        static Image of(BufferDescriptor v) {
            if (v.isCContiguous() && v.storage() instanceof ByteArrayStorage s && v.offset() >= 0 && v.offset() + v.len() <= s.bytes().length) {
                return new Image(s.bytes(), (int) v.offset(), (int) v.len());
            }
            byte[] copy = CopyToContiguousNode.getUncached().execute(v, 'C');
            return new Image(copy, 0, copy.length);
        }
    }

    private static long elementCount(BufferDescriptor v) {
        long n = 1;
        for (long dim : v.shape()) {
            n *= dim;
        }
        return n;
    }

    /** Decodes one item from a C-order byte image: native formats directly, others through struct. */
    private record Unpacker(BufferFormat kind, StructFormat struct, ExtendedFormat extended) {

        static Unpacker of(BufferDescriptor v) {
            if (v.kind() != BufferFormat.OTHER) {
                return new Unpacker(v.kind(), null, null);
            }
            if (MemoryViewOps.extensions() && ExtendedItems.isSupported(v)) {
                // with the option on, items compare as the option reads them (complex items too)
                return new Unpacker(null, null, ExtendedItems.itemsOf(v));
            }
            StructFormat struct = StructFormat.parse(v.format());
            return struct == null || struct.size() != v.itemsize() ? null : new Unpacker(null, struct, null);
        }

        Object unpack(byte[] bytes, int offset) {
            if (kind != null) {
                return UnpackNode.getUncached().execute(new ByteArrayStorage(bytes, false), offset, kind);
            }
            if (extended != null) {
                return extended.unpack(bytes, offset);
            }
            return StructCodec.unpack(struct, bytes, offset);
        }
    }
}
