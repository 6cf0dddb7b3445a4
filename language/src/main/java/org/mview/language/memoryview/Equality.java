package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.StructFormat;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.nodes.format.UnpackNode;
import org.mview.language.runtime.PyCompare;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Value equality of two buffers as CPython's memoryview defines it: equal shapes, then each pair of
 * items equal as Python values (so NaN is unequal to itself, {@code 'h'} equals {@code 'i'} for equal
 * numbers, and formats {@code struct} cannot parse make views unequal, even to themselves).
 */
final class Equality {

    private Equality() {
    }

    @TruffleBoundary
    static boolean equal(BufferDescriptor a, BufferDescriptor b) {
        if (!MemoryViewOps.equivalentShape(a, b)) {
            return false;
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

    private static long elementCount(BufferDescriptor v) {
        long n = 1;
        for (long dim : v.shape()) {
            n *= dim;
        }
        return n;
    }

    /** Decodes one item from a C-order byte image: native formats directly, others through struct. */
    private record Unpacker(BufferFormat kind, StructFormat struct) {

        static Unpacker of(BufferDescriptor v) {
            if (v.kind() != BufferFormat.OTHER) {
                return new Unpacker(v.kind(), null);
            }
            StructFormat struct = StructFormat.parse(v.format());
            return struct == null || struct.size() != v.itemsize() ? null : new Unpacker(null, struct);
        }

        Object unpack(byte[] bytes, int offset) {
            if (kind != null) {
                return UnpackNode.getUncached().execute(new ByteArrayStorage(bytes, false), offset, kind);
            }
            return struct.unpack(bytes, offset);
        }
    }
}
