package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tobytes('F')} of 2-D views large enough for the tiled transpose (more than one 64-element tile
 * each way, ragged edges, every item size, row slices with positive and negative steps), checked
 * element by element against a model of the geometry.
 */
class TransposeCopyTest extends MViewTestSupport {

    @ParameterizedTest
    @CsvSource({"B,130,67,1", "H,64,65,1", "i,65,200,1", "q,300,3,1", "i,200,129,2", "B,257,70,-1", "d,131,131,-3", "f,64,64,1", "b,2,500,1"})
    void fortranOrderMatchesTheModel(String format, int rows, int cols, int step) {
        int itemsize = switch (format) {
            case "B", "b" -> 1;
            case "H" -> 2;
            case "i", "f" -> 4;
            default -> 8;
        };
        byte[] source = new byte[rows * cols * itemsize];
        for (int k = 0; k < source.length; k++) {
            source[k] = (byte) (k * 31 + k / 251);
        }
        String slice = "[::" + step + "]";
        Value view = context.eval("mview", "lambda b: memoryview(b).cast('" + format + "', (" + rows + ", " + cols + "))" + slice).execute(view(source.clone()));
        Value bytes = view.invokeMember("tobytes", "F");
        int viewRows = (rows + Math.abs(step) - 1) / Math.abs(step);
        int firstRow = step > 0 ? 0 : rows - 1;
        byte[] expected = new byte[viewRows * cols * itemsize];
        int o = 0;
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < viewRows; i++) {
                int sourceRow = firstRow + i * step;
                System.arraycopy(source, (sourceRow * cols + j) * itemsize, expected, o, itemsize);
                o += itemsize;
            }
        }
        byte[] actual = new byte[(int) bytes.getArraySize()];
        for (int k = 0; k < actual.length; k++) {
            actual[k] = (byte) bytes.getArrayElement(k).asInt();
        }
        assertArrayEquals(expected, actual);
    }
}
