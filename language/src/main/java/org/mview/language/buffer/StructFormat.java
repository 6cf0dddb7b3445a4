package org.mview.language.buffer;

import java.util.ArrayList;
import java.util.List;

import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code struct} module format ({@code '<i'}, {@code '2h'}, {@code '@id'}, {@code '3s'}), enough to
 * unpack items the way CPython's memoryview comparison does for formats that are not a native single
 * character. Formats {@code struct} rejects ({@code 'T{...}'}, {@code 'w'}) do not parse, and views
 * with them compare unequal, as in CPython.
 */
public final class StructFormat {

    private record Field(char code, int count, int offset, int size) {
    }

    private final boolean littleEndian;
    private final List<Field> fields;
    private final int size;

    private StructFormat(boolean littleEndian, List<Field> fields, int size) {
        this.littleEndian = littleEndian;
        this.fields = fields;
        this.size = size;
    }

    /** {@code struct.calcsize(format)}. */
    public int size() {
        return size;
    }

    /** The parsed format, or null where {@code struct} raises an error. */
    @TruffleBoundary
    public static StructFormat parse(String format) {
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> {
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        int offset = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (c >= '0' && c <= '9') {
                int start = i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i == format.length() || i - start > 9) {
                    return null;
                }
                count = Integer.parseInt(format.substring(start, i));
                c = format.charAt(i);
            }
            int itemSize = itemSize(c, nativeMode);
            if (itemSize < 0) {
                return null;
            }
            if (nativeMode && itemSize > 1 && c != 's' && c != 'p' && c != 'x') {
                offset = (offset + itemSize - 1) / itemSize * itemSize;
            }
            int total = (c == 's' || c == 'p') ? count : itemSize * count;
            fields.add(new Field(c, count, offset, itemSize));
            offset += total;
            i++;
        }
        return new StructFormat(little, fields, offset);
    }

    private static int itemSize(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    /** {@code struct.unpack_from}: a single value for a one-item format, else a tuple. */
    @TruffleBoundary
    public Object unpack(byte[] bytes, int base) {
        List<Object> values = new ArrayList<>();
        for (Field f : fields) {
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
                values.add(unpackOne(f.code(), f.size(), bytes, base + f.offset() + k * f.size()));
            }
        }
        return values.size() == 1 ? values.get(0) : new PTuple(values.toArray());
    }

    private Object unpackOne(char code, int width, byte[] bytes, int at) {
        long bits = 0;
        for (int b = 0; b < width; b++) {
            int shift = littleEndian ? 8 * b : 8 * (width - 1 - b);
            bits |= (bytes[at + b] & 0xFFL) << shift;
        }
        boolean signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
        if (signed && width < 8) {
            bits = (bits << (64 - 8 * width)) >> (64 - 8 * width);
        }
        return switch (code) {
            case 'c' -> PBytes.ofByte((byte) bits);
            case '?' -> bits != 0;
            case 'e' -> HalfFloat.toDouble((short) bits);
            case 'f' -> (double) Float.intBitsToFloat((int) bits);
            case 'd' -> Double.longBitsToDouble(bits);
            case 'B', 'H', 'I' -> bits;
            case 'L', 'Q', 'N', 'P' -> width == 8 ? PyObjects.fromUnsigned(bits) : bits;
            default -> bits;
        };
    }
}
