package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.function.ObjIntConsumer;

import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * An element read or write takes the shapes of the first views a site sees as constants
 * ({@code ConstantDimsNode}), so that the compiler can drop a bounds check it proves; views of other
 * shapes at the same site are checked against their own. One site at a time, views of ever new shapes
 * in turns, every index in and out of range: each read and write must hit the right byte or raise
 * CPython's {@code IndexError} (through interop: an invalid index), never accept an index because an
 * earlier view was longer.
 */
class ShapeSpecializationTest extends MViewTestSupport {

    /** 1-D lengths, longest in the middle so that both a longer and a shorter view follow a cached one. */
    private static final List<Integer> LENGTHS = List.of(32, 8, 64, 4, 16, 1);

    /** Grids over 64 bytes, each seen after a grid whose rows or columns are longer. */
    private static final List<int[]> GRIDS = List.of(new int[]{4, 16}, new int[]{16, 4}, new int[]{2, 32}, new int[]{32, 2}, new int[]{8, 8});

    /** Assignments as statements of a source evaluated again and again: one parse, so one site. */
    private static final Source STORE_ITEM = Source.create("mview", "m[i] = x");
    private static final Source STORE_CELL = Source.create("mview", "m[i, j] = x");

    private void store(Source statement, Value m, int i, int j, int x) {
        Value globals = context.getBindings("mview");
        globals.putMember("m", m);
        globals.putMember("i", i);
        globals.putMember("j", j);
        globals.putMember("x", x);
        context.eval(statement);
    }

    private Value bytes(int n) {
        return context.eval("mview", "memoryview(bytearray(range(" + n + ")))");
    }

    private Value grid(int rows, int cols) {
        return context.eval("mview", "memoryview(bytearray(range(" + rows * cols + "))).cast('B', (" + rows + ", " + cols + "))");
    }

    /** Runs {@code test} on a fresh view of each length, all lengths twice round. */
    private void forEachLength(ObjIntConsumer<Value> test) {
        for (int round = 0; round < 2; round++) {
            for (int n : LENGTHS) {
                test.accept(bytes(n), n);
            }
        }
    }

    @Test
    void oneSiteReadsViewsOfEveryLength() {
        Value item = context.eval("mview", "lambda m, i: m[i]");
        forEachLength((v, n) -> {
            for (int i = -70; i <= 70; i++) {
                int index = i;
                if (-n <= i && i < n) {
                    assertEquals(i < 0 ? n + i : i, item.execute(v, i).asInt(), "len " + n + " m[" + i + "]");
                } else {
                    assertPythonError("IndexError: index out of bounds on dimension 1", () -> item.execute(v, index));
                }
                if (0 <= i && i < n) {
                    assertEquals(i, v.getArrayElement(i).asInt(), "len " + n + " v[" + i + "]");
                } else {
                    assertThrows(ArrayIndexOutOfBoundsException.class, () -> v.getArrayElement(index), "len " + n + " v[" + i + "]");
                }
            }
        });
    }

    @Test
    void oneSiteWritesViewsOfEveryLength() {
        forEachLength((v, n) -> {
            for (int i = -70; i <= 70; i++) {
                int index = i;
                if (-n <= i && i < n) {
                    store(STORE_ITEM, v, i, 0, 200);
                    assertEquals(200, v.getArrayElement(i < 0 ? n + i : i).asInt());
                } else {
                    assertPythonError("IndexError: index out of bounds on dimension 1", () -> store(STORE_ITEM, v, index, 0, 200));
                }
                if (0 <= i && i < n) {
                    v.setArrayElement(i, 7);
                    assertEquals(7, v.getArrayElement(i).asInt());
                } else {
                    assertThrows(ArrayIndexOutOfBoundsException.class, () -> v.setArrayElement(index, 7), "len " + n + " v[" + i + "] = 7");
                }
            }
            assertEquals(Collections.nCopies(n, 7L), longs(v.invokeMember("tolist")), "every byte written last through interop");
        });
    }

    @Test
    void oneSiteReadsAndWritesGridsOfEveryShape() {
        Value item = context.eval("mview", "lambda m, i, j: m[i, j]");
        for (int round = 0; round < 2; round++) {
            for (int[] shape : GRIDS) {
                int rows = shape[0];
                int cols = shape[1];
                Value g = grid(rows, cols);
                for (int i = -rows - 2; i < rows + 2; i++) {
                    for (int j = -cols - 2; j < cols + 2; j++) {
                        int ri = i;
                        int cj = j;
                        boolean rowIn = -rows <= i && i < rows;
                        boolean colIn = -cols <= j && j < cols;
                        String where = rows + "x" + cols + " m[" + i + ", " + j + "]";
                        if (rowIn && colIn) {
                            int flat = (i < 0 ? rows + i : i) * cols + (j < 0 ? cols + j : j);
                            assertEquals(flat, item.execute(g, i, j).asInt(), where);
                            store(STORE_CELL, g, i, j, flat); // the same byte back: a write to the wrong place shows below
                        } else {
                            String message = "IndexError: index out of bounds on dimension " + (rowIn ? 2 : 1);
                            assertPythonError(message, () -> item.execute(g, ri, cj));
                            assertPythonError(message, () -> store(STORE_CELL, g, ri, cj, 0));
                        }
                        if (0 <= i && i < rows && 0 <= j && j < cols) {
                            assertEquals(i * cols + j, g.getArrayElement(i).getArrayElement(j).asInt(), where);
                        } else if (0 <= i && i < rows) {
                            assertThrows(ArrayIndexOutOfBoundsException.class, () -> g.getArrayElement(ri).getArrayElement(cj), where);
                        } else {
                            assertThrows(ArrayIndexOutOfBoundsException.class, () -> g.getArrayElement(ri), where);
                        }
                    }
                }
                assertEquals(bytes(rows * cols).invokeMember("tobytes").toString(), g.invokeMember("tobytes").toString(), "no byte written elsewhere");
            }
        }
    }
}
