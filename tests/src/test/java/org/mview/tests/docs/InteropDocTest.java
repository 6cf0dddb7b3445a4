package org.mview.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The Java examples of {@code docs/interop.md}, verbatim (checked by {@link DocSnippetsTest}). */
class InteropDocTest {

    @Test
    void stridedViewAsBuffer() {
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            byte[] data = {0, 1, 2, 3, 4, 5};
            Value columns = context.eval("mview", "memoryview").execute(data).invokeMember("cast", "B", List.of(2, 3));
            Value firstRow = columns.getArrayElement(0);
            assert firstRow.getArraySize() == 3;
            assert columns.getBufferSize() == 6 && columns.readBufferByte(4) == 4;
            firstRow.setArrayElement(2, 9);
            assert data[2] == 9;
            assert columns.getArrayElement(1).getArrayElement(0).as(Object.class).equals(3); // an Integer: 'B' items are ints
            // snippet end
            assertEquals(9, data[2]);
            assertEquals(3, firstRow.getArraySize());
            assertEquals(Integer.valueOf(3), columns.getArrayElement(1).getArrayElement(0).as(Object.class));
        }
    }
}
