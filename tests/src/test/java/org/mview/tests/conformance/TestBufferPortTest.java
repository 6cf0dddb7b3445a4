package org.mview.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.tests.MViewTestSupport;

/**
 * Ports of CPython Lib/test/test_buffer.py memoryview tests that need _testbuffer.ndarray geometry or the C-API
 * (which CPython programs cannot reach): Fortran/mixed/zero-stride/suboffset comparisons, get_contiguous,
 * hash and release of such views, and views whose obj is NULL (PyMemoryView_FromBuffer).
 */
class TestBufferPortTest extends MViewTestSupport {

    private static final int PyBUF_READ = 0x100;
    private static final int PyBUF_WRITE = 0x200;

    private Value fromBuffer(byte[] mem, String format, int itemsize, boolean readonly, List<Long> shape, List<Long> strides, List<Long> suboffsets, long offset) {
        long len = itemsize;
        for (long d : shape) {
            len *= d;
        }
        Value info = builtin("Py_buffer").execute(mem, null, len, itemsize, readonly, shape.size(), format, shape, strides, suboffsets, offset);
        return builtin("PyMemoryView_FromBuffer").execute(info);
    }

    private boolean eval(String code, Value a, Value b) {
        context.getBindings("mview").putMember("a", a);
        context.getBindings("mview").putMember("b", b);
        return context.eval("mview", code).asBoolean();
    }

    /** test_memoryview_compare_multidim_fortran / _mixed: a Fortran layout equals the C layout of the same items. */
    @Test
    void compareMultidimFortranAndMixed() {
        Value c = view(range(6)).invokeMember("cast", "B", List.of(2L, 3L));
        Value f = fromBuffer(new byte[]{0, 3, 1, 4, 2, 5}, "B", 1, true, List.of(2L, 3L), List.of(1L, 2L), null, 0);
        assertTrue(f.getMember("f_contiguous").asBoolean());
        assertTrue(eval("a == b", c, f));
        assertTrue(eval("a == b and b == a", f, f));
        Value fh = fromBuffer(new byte[]{0, 0, 3, 0, 1, 0, 4, 0, 2, 0, 5, 0}, "h", 2, true, List.of(2L, 3L), List.of(2L, 4L), null, 0);
        assertTrue(eval("a == b", c, fh)); // mixed formats, equal values
        Value other = fromBuffer(new byte[]{0, 3, 1, 4, 2, 6}, "B", 1, true, List.of(2L, 3L), List.of(1L, 2L), null, 0);
        assertFalse(eval("a == b", c, other));
        Value transposed = fromBuffer(new byte[]{0, 3, 1, 4, 2, 5}, "B", 1, true, List.of(3L, 2L), List.of(2L, 1L), null, 0);
        assertFalse(eval("a == b", f, transposed)); // different shapes
    }

    /** test_memoryview_compare_zero_strides / multidim_zero_strides: a zero stride repeats one item. */
    @Test
    void compareZeroStrides() {
        Value z = fromBuffer(new byte[]{7}, "B", 1, true, List.of(4L), List.of(0L), null, 0);
        assertEquals(List.of(7L, 7L, 7L, 7L), longs(z.invokeMember("tolist")));
        assertTrue(eval("a == b", z, view(new byte[]{7, 7, 7, 7})));
        Value z2 = fromBuffer(new byte[]{1, 2, 3}, "B", 1, true, List.of(2L, 3L), List.of(0L, 1L), null, 0);
        assertTrue(eval("a == memoryview(b'\\x01\\x02\\x03\\x01\\x02\\x03').cast('B', [2, 3])", z2, z2));
        assertFalse(z2.getMember("c_contiguous").asBoolean());
    }

    /** test_memoryview_compare_multidim_suboffsets: PIL views compare by items. */
    @Test
    void compareSuboffsets() {
        byte[] mem = new byte[32];
        mem[0] = 20; // row 0 -> offset 20
        mem[8] = 16; // row 1 -> offset 16
        for (int i = 0; i < 8; i++) {
            mem[16 + i] = (byte) (10 + i);
        }
        Value pil = fromBuffer(mem, "B", 1, true, List.of(2L, 4L), List.of(8L, 1L), List.of(0L, -1L), 0);
        assertTrue(eval("a == memoryview(bytes([14, 15, 16, 17, 10, 11, 12, 13])).cast('B', [2, 4])", pil, pil));
        assertTrue(eval("a[::-1] == memoryview(bytes([10, 11, 12, 13, 14, 15, 16, 17])).cast('B', [2, 4])", pil, pil));
        assertEquals(List.of(0L, -1L), longs(pil.getMember("suboffsets")));
        assertTrue(eval("hash(a) == hash(bytes([14, 15, 16, 17, 10, 11, 12, 13]))", pil, pil));
    }

    /** test_memoryview_get_contiguous through PyMemoryView_GetContiguous. */
    @Test
    void getContiguous() {
        Value getContiguous = builtin("PyMemoryView_GetContiguous");
        byte[] data = range(12);
        Value c = readonlyView(data).invokeMember("cast", "B", List.of(3L, 4L));
        // contiguous in the requested order: the view itself (a new reference to it)
        Value same = getContiguous.execute(c, PyBUF_READ, "C");
        assertArrayEquals(data, bytesOf(same.invokeMember("tobytes")));
        assertTrue(getContiguous.execute(c, PyBUF_READ, "A").getMember("c_contiguous").asBoolean());
        // Fortran copy keeps shape and format
        Value f = getContiguous.execute(c, PyBUF_READ, "F");
        assertTrue(f.getMember("f_contiguous").asBoolean());
        assertTrue(f.getMember("readonly").asBoolean());
        assertEquals(List.of(3L, 4L), longs(f.getMember("shape")));
        assertTrue(eval("a == b", c, f));
        assertArrayEquals(new byte[]{0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11}, bytesOf(f.invokeMember("tobytes", "A")));
        // non-contiguous source, read request: a C copy
        context.getBindings("mview").putMember("c", c);
        Value nc = context.eval("mview", "c[::-2]");
        Value copy = getContiguous.execute(nc, PyBUF_READ, "C");
        assertTrue(copy.getMember("c_contiguous").asBoolean());
        assertArrayEquals(bytesOf(nc.invokeMember("tobytes")), bytesOf(copy.invokeMember("tobytes", "A")));
        // write requests
        assertPythonError("BufferError: underlying buffer is not writable", () -> getContiguous.execute(c, PyBUF_WRITE, "C"));
        Value w = view(builtin("bytearray").execute(range(4)));
        context.getBindings("mview").putMember("w", w);
        Value wnc = context.eval("mview", "w[::2]");
        assertPythonError("BufferError: writable contiguous buffer requested for a non-contiguous object.", () -> getContiguous.execute(wnc, PyBUF_WRITE, "C"));
        assertFalse(getContiguous.execute(w, PyBUF_WRITE, "C").getMember("readonly").asBoolean());
    }

    /** test_memoryview_release / test_memoryview_check_released with an export held through PyObject_GetBuffer. */
    @Test
    void releaseWithExports() {
        Value m = view(builtin("bytearray").execute(range(4)));
        Value info = builtin("PyObject_GetBuffer").execute(m, 0);
        assertPythonError("BufferError: memoryview has 1 exported buffer", () -> m.invokeMember("release"));
        Value info2 = builtin("PyObject_GetBuffer").execute(m, 0);
        assertPythonError("BufferError: memoryview has 2 exported buffers", () -> m.invokeMember("release"));
        builtin("PyBuffer_Release").execute(info);
        builtin("PyBuffer_Release").execute(info2);
        m.invokeMember("release");
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.invokeMember("tobytes"));
    }

    /** test_memoryview_from_static_exporter / redirect: a FromBuffer view has obj None; views of it too. */
    @Test
    void fromBufferHasNoObj() {
        Value v = fromBuffer(range(6), "B", 1, true, List.of(6L), List.of(1L), null, 0);
        assertTrue(v.getMember("obj").isNull());
        context.getBindings("mview").putMember("v", v);
        assertTrue(context.eval("mview", "memoryview(v).obj is None and v[1:].obj is None and v.cast('B', [2, 3]).obj is None").asBoolean());
        assertTrue(context.eval("mview", "v.toreadonly().tolist() == [0, 1, 2, 3, 4, 5]").asBoolean());
    }

    /** test_memoryview_hash: Fortran and strided read-only views hash as their C-order bytes. */
    @Test
    void hashOfFortranView() {
        Value f = fromBuffer(new byte[]{0, 3, 1, 4, 2, 5}, "B", 1, true, List.of(2L, 3L), List.of(1L, 2L), null, 0);
        context.getBindings("mview").putMember("f", f);
        assertTrue(context.eval("mview", "hash(f) == hash(bytes([0, 1, 2, 3, 4, 5]))").asBoolean());
        Value w = fromBuffer(new byte[]{0, 3, 1, 4, 2, 5}, "B", 1, false, List.of(2L, 3L), List.of(1L, 2L), null, 0);
        context.getBindings("mview").putMember("w", w);
        assertPythonError("ValueError: cannot hash writable memoryview object", () -> context.eval("mview", "hash(w)"));
    }
}
