package org.mview.language.buffer;

import java.util.ArrayList;
import java.util.List;


import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A {@code struct} module format ({@code '<i'}, {@code '2h'}, {@code '@id'}, {@code '3s'}) parsed into
 * its runs and layout ({@code StructCodec} turns items into Python values the way CPython's memoryview
 * comparison does for formats that are not a native single character). Formats {@code struct} rejects ({@code 'T{...}'}, {@code 'w'}) do not parse, and views
 * with them compare unequal, as in CPython.
 */
public final class StructFormat {

    /** One run of a code: {@code count} items (or bytes, for 's' and 'p') from {@code offset}, each {@code size} bytes. */
    public record Field(char code, int count, int offset, int size) {
    }

    private final boolean littleEndian;
    private final List<Field> fields;
    private final int size;

    private StructFormat(boolean littleEndian, List<Field> fields, int size) {
        this.littleEndian = littleEndian;
        this.fields = fields;
        this.size = size;
    }

    /** The runs of the format, in order. */
    public List<Field> fields() {
        return fields;
    }

    /** Whether multi-byte items are little-endian. */
    public boolean littleEndian() {
        return littleEndian;
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
}
