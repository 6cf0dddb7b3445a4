package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * An element read caches the strides of the first views it sees as constants
 * ({@code ConstantDimsNode} in {@code ElementOffsetNode}) and goes on to read strides from each view once more
 * geometries come. One subscript site at a time, views of ever new strides, read in turns, must keep
 * reading the right bytes through every one of those states: through interop (a JS-style
 * {@code v[i]}), through an mview lambda ({@code m[i]}, {@code m[i, j]}).
 */
class StrideSpecializationTest extends MViewTestSupport {

    private static final int SIZE = 96;

    /** The 1-D views: strides 1, 2, 3, -1, -2, 4 (as 'i'), 8 (as 'i' [::2]) over bytes 0..95. */
    private static final List<String> FLAT = List.of("[:]", "[::2]", "[::3]", "[::-1]", "[::-2]");

    private Value bytes() {
        return context.eval("mview", "memoryview(bytearray(range(" + SIZE + ")))");
    }

    /** Byte {@code i} of the slice {@code spec} of 0..95, as Python would pick it. */
    private static int expected(String spec, int i) {
        return switch (spec) {
            case "[:]" -> i;
            case "[::2]" -> 2 * i;
            case "[::3]" -> 3 * i;
            case "[::-1]" -> SIZE - 1 - i;
            case "[::-2]" -> SIZE - 1 - 2 * i;
            default -> throw new IllegalArgumentException(spec);
        };
    }

    @Test
    void oneSiteReadsViewsOfEveryStride() {
        Value item = context.eval("mview", "lambda m, i: m[i]");
        Value base = bytes();
        for (int round = 0; round < 3; round++) {
            for (String spec : FLAT) {
                Value v = context.eval("mview", "lambda b: b" + spec).execute(base);
                for (int i = 0; i < v.getArraySize(); i += 5) {
                    assertEquals(expected(spec, i), item.execute(v, i).asInt(), spec + " m[" + i + "]");
                    assertEquals(expected(spec, i), v.getArrayElement(i).asInt(), spec + " v[" + i + "]");
                }
            }
        }
        // wider items: strides 4 and 8 at the same two sites
        Value ints = context.eval("mview", "memoryview(bytearray(range(" + SIZE + "))).cast('i')");
        Value everyOther = context.eval("mview", "lambda b: b[::2]").execute(ints);
        assertEquals(0x07060504, item.execute(ints, 1).asInt());
        assertEquals(0x0b0a0908, item.execute(everyOther, 1).asInt());
        assertEquals(0x07060504, ints.getArrayElement(1).asInt());
        assertEquals(0x0b0a0908, everyOther.getArrayElement(1).asInt());
    }

    @Test
    void oneSiteReadsGridsOfEveryStride() {
        Value item = context.eval("mview", "lambda m, i, j: m[i, j]");
        Value grid = context.eval("mview", "memoryview(bytearray(range(" + SIZE + "))).cast('B', (8, 12))");
        // (8, 12) strides (12, 1); rows reversed (-12, 1); every other row (24, 1); as 'h' (6, 12) strides (24, 2)
        Value reversed = context.eval("mview", "lambda g: g[::-1]").execute(grid);
        Value everyOther = context.eval("mview", "lambda g: g[::2]").execute(grid);
        Value shorts = context.eval("mview", "memoryview(bytearray(range(" + SIZE + "))).cast('h', (4, 12))");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 12; j += 5) {
                    assertEquals(12 * i + j, item.execute(grid, i, j).asInt());
                    assertEquals(12 * (7 - i) + j, item.execute(reversed, i, j).asInt());
                    assertEquals(24 * i + j, item.execute(everyOther, i, j).asInt());
                    int low = 24 * i + 2 * j;
                    assertEquals(low | (low + 1) << 8, item.execute(shorts, i, j).asInt());
                    assertEquals(12 * (7 - i) + j, reversed.getArrayElement(i).getArrayElement(j).asInt());
                }
            }
        }
    }
}
