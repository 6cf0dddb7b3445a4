package org.mview.language.nodes.format;

import java.util.ArrayList;
import java.util.List;

import org.mview.language.buffer.BufferFormat;
import org.mview.language.buffer.StructFormat;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.tuple.PTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Items of any {@code struct} format as Python values, as {@code struct.unpack_from} gives them. */
public final class StructCodec {

    private StructCodec() {
    }

    /** {@code struct.unpack_from}: a single value for a one-item format, else a tuple. */
    @TruffleBoundary
    public static Object unpack(StructFormat format, byte[] bytes, int base) {
        Object[] values = unpackAll(format, bytes, base);
        return values.length == 1 ? values[0] : new PTuple(values);
    }

    /** {@code struct.unpack_from} exactly: always the tuple of the values. */
    @TruffleBoundary
    public static PTuple unpackTuple(StructFormat format, byte[] bytes, int base) {
        return new PTuple(unpackAll(format, bytes, base));
    }

    private static Object[] unpackAll(StructFormat format, byte[] bytes, int base) {
        List<Object> values = new ArrayList<>();
        for (StructFormat.Field f : format.fields()) {
            if (f.code() == 'x') {
                continue;
            }
            if (f.code() == 's') {
                byte[] s = new byte[f.count()];
                System.arraycopy(bytes, base + f.offset(), s, 0, f.count());
                values.add(new PBytes(s));
                continue;
            }
            if (f.code() == 'p') {
                int n = f.count() == 0 ? 0 : Math.min(bytes[base + f.offset()] & 0xFF, f.count() - 1);
                byte[] s = new byte[n];
                System.arraycopy(bytes, base + f.offset() + 1, s, 0, n);
                values.add(new PBytes(s));
                continue;
            }
            for (int k = 0; k < f.count(); k++) {
                values.add(ExtendedFormat.decode(ExtendedFormat.kindOf(f.code(), f.size()), bytes, base + f.offset() + k * f.size(), !format.littleEndian()));
            }
        }
        return values.toArray();
    }

    /**
     * {@code struct.pack(format, *values)} for a record item: {@code value} is a tuple with one value per
     * code (one per 's'/'p' run); pad bytes are zero. Errors are memoryview's, naming the format.
     */
    @TruffleBoundary
    public static byte[] pack(StructFormat format, String name, Object value) {
        if (!(value instanceof PTuple tuple)) {
            throw ItemCodec.invalidType(name);
        }
        Object[] values = tuple.items();
        int expected = 0;
        for (StructFormat.Field f : format.fields()) {
            expected += f.code() == 'x' ? 0 : f.code() == 's' || f.code() == 'p' ? 1 : f.count();
        }
        if (values.length != expected) {
            throw ItemCodec.invalidValue(name);
        }
        byte[] out = new byte[format.size()];
        int next = 0;
        for (StructFormat.Field f : format.fields()) {
            int at = f.offset();
            switch (f.code()) {
                case 'x' -> {
                }
                case 's', 'p' -> {
                    if (!(values[next] instanceof PBytes b)) {
                        throw ItemCodec.invalidType(name);
                    }
                    next++;
                    if (f.code() == 's') {
                        System.arraycopy(b.bytes(), 0, out, at, Math.min(b.length(), f.count()));
                    } else if (f.count() > 0) {
                        int n = Math.min(Math.min(b.length(), f.count() - 1), 255);
                        out[at] = (byte) n;
                        System.arraycopy(b.bytes(), 0, out, at + 1, n);
                    }
                }
                default -> {
                    BufferFormat kind = ExtendedFormat.kindOf(f.code(), f.size());
                    for (int k = 0; k < f.count(); k++) {
                        ExtendedFormat.encode(kind, values[next++], name, out, at + k * f.size(), !format.littleEndian());
                    }
                }
            }
        }
        return out;
    }
}
