package org.mview.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.api.PyMemoryView;

/** The Java examples of {@code docs/capi.md}, verbatim (checked by {@link DocSnippetsTest}). */
class CApiDocTest {

    @Test
    void fromMemoryOverAJavaArray() {
        byte[] observed;
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            byte[] data = new byte[16];
            Value view = PyMemoryView.fromMemory(context, data, 16, PyMemoryView.PyBUF_WRITE);
            view.invokeMember("cast", "i").setArrayElement(0, 42);
            assert data[0] == 42;
            assert PyMemoryView.getBase(view).isNull();
            // snippet end
            observed = data;
            assertTrue(PyMemoryView.check(view));
        }
        assertEquals(42, observed[0]);
    }

    @Test
    void getContiguousCopiesOnlyWhenNeeded() {
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            Value rows = PyMemoryView.fromObject(context, new byte[]{0, 1, 2, 3, 4, 5}).invokeMember("cast", "B", List.of(2, 3));
            Value same = PyMemoryView.getContiguous(context, rows, PyMemoryView.PyBUF_READ, 'C');
            Value fortran = PyMemoryView.getContiguous(context, rows, PyMemoryView.PyBUF_READ, 'F');
            assert same.getMember("c_contiguous").asBoolean();
            assert fortran.getMember("f_contiguous").asBoolean() && fortran.getMember("readonly").asBoolean();
            assert fortran.invokeMember("tobytes", "A").readBufferByte(1) == 3; // column-major copy: 0 3 1 4 2 5
            // snippet end
            assertEquals(3, fortran.invokeMember("tobytes", "A").readBufferByte(1));
            assertEquals(List.of(1L, 2L), List.of(fortran.getMember("strides").getArrayElement(0).asLong(), fortran.getMember("strides").getArrayElement(1).asLong()));
        }
    }
}
