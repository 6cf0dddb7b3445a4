package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The memoryview API through the polyglot {@link Value} API: attributes, methods, indexing, errors. */
class MemoryViewApiTest extends MViewTestSupport {

    @Test
    void attributesOfAByteView() {
        byte[] data = range(12);
        Value m = view(data);
        assertEquals("B", m.getMember("format").asString());
        assertEquals(1, m.getMember("itemsize").asInt());
        assertEquals(1, m.getMember("ndim").asInt());
        assertEquals(12, m.getMember("nbytes").asInt());
        assertFalse(m.getMember("readonly").asBoolean());
        assertEquals(List.of(12L), longs(m.getMember("shape")));
        assertEquals(List.of(1L), longs(m.getMember("strides")));
        assertEquals(0, m.getMember("suboffsets").getArraySize());
        assertTrue(m.getMember("c_contiguous").asBoolean());
        assertTrue(m.getMember("f_contiguous").asBoolean());
        assertTrue(m.getMember("contiguous").asBoolean());
        assertTrue(m.getMember("obj").isHostObject());
        assertEquals("memoryview", m.getMetaObject().getMetaQualifiedName());
        assertTrue(m.toString().startsWith("<memory at 0x"), m.toString());
    }

    @Test
    void castToNdAndBack() {
        Value m = view(range(24));
        Value nd = m.invokeMember("cast", "i", List.of(2, 3));
        assertEquals(List.of(2L, 3L), longs(nd.getMember("shape")));
        assertEquals(List.of(12L, 4L), longs(nd.getMember("strides")));
        assertEquals(2, nd.getArraySize());
        Value row = nd.getArrayElement(1);
        assertEquals(0x0f0e0d0c, row.getArrayElement(0).asInt());
        Value flat = nd.invokeMember("cast", "B");
        assertEquals(24, flat.getArraySize());
        assertEquals(23, flat.getArrayElement(23).asInt());
    }

    @Test
    void castErrorsInCPythonOrder() {
        Value m = view(range(16));
        assertPythonError("TypeError: cast() argument 'format' must be str, not int", () -> m.invokeMember("cast", 5));
        assertPythonError("ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'",
                        () -> m.invokeMember("cast", "<i"));
        assertPythonError("TypeError: memoryview: cannot cast between two non-byte formats", () -> m.invokeMember("cast", "i").invokeMember("cast", "h"));
        assertPythonError("TypeError: memoryview: length is not a multiple of itemsize", () -> view(range(6)).invokeMember("cast", "i"));
        assertPythonError("TypeError: memoryview: product(shape) * itemsize != buffer size", () -> m.invokeMember("cast", "i", List.of(3)));
        assertPythonError("ValueError: memoryview.cast(): elements of shape must be integers > 0", () -> m.invokeMember("cast", "B", List.of(0, 16)));
        assertPythonError("TypeError: memoryview.cast(): elements of shape must be integers", () -> m.invokeMember("cast", "B", List.of(1.5, 16)));
        assertPythonError("TypeError: memoryview: cast must be 1D -> ND or ND -> 1D",
                        () -> m.invokeMember("cast", "B", List.of(4, 4)).invokeMember("cast", "B", List.of(2, 8)));
        assertPythonError("TypeError: memoryview: casts are restricted to C-contiguous views", () -> stepped(m, 2).invokeMember("cast", "B"));
    }

    /** Every {@code step}-th byte of a fresh 16-byte buffer, through {@code PyMemoryView_FromBuffer}. */
    private Value stepped(Value m, int step) {
        byte[] data = range(16);
        Value info = builtin("Py_buffer").execute(data, null, 16 / step, 1, false, 1, "B", List.of(16 / step), List.of(step), null, 0);
        return builtin("PyMemoryView_FromBuffer").execute(info);
    }

    @Test
    void tobytesInEveryOrder() {
        // A 2x3 C array of bytes 0..5, and its Fortran-order image.
        Value m = view(range(6)).invokeMember("cast", "B", List.of(2, 3));
        assertArrayEquals(new byte[]{0, 1, 2, 3, 4, 5}, bytesOf(m.invokeMember("tobytes")));
        assertArrayEquals(new byte[]{0, 3, 1, 4, 2, 5}, bytesOf(m.invokeMember("tobytes", "F")));
        assertArrayEquals(new byte[]{0, 1, 2, 3, 4, 5}, bytesOf(m.invokeMember("tobytes", "A")));
        assertPythonError("ValueError: order must be 'C', 'F' or 'A'", () -> m.invokeMember("tobytes", "X"));
        assertPythonError("TypeError: tobytes() argument 'order' must be str or None, not int", () -> m.invokeMember("tobytes", 1));
    }

    @Test
    void tolistAndHex() {
        Value m = view(range(8));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), longs(m.invokeMember("tolist")));
        Value nested = m.invokeMember("cast", "B", List.of(2, 2, 2)).invokeMember("tolist");
        assertEquals(List.of(6L, 7L), longs(nested.getArrayElement(1).getArrayElement(1)));
        assertEquals(2, nested.getArraySize());
        assertEquals("0001020304050607", m.invokeMember("hex").asString());
        assertEquals("0001:0203:0405:0607", m.invokeMember("hex", ":", 2).asString());
        assertEquals("0001-020304-050607", m.invokeMember("hex", "-", 3).asString());
        assertEquals("000102-030405-0607", m.invokeMember("hex", "-", -3).asString());
        assertEquals("0001020304050607", m.invokeMember("hex", ":", 0).asString());
        assertPythonError("ValueError: sep must be length 1.", () -> m.invokeMember("hex", "ab"));
        assertPythonError("ValueError: sep must be ASCII.", () -> m.invokeMember("hex", "\u00e9"));
    }

    @Test
    void itemAccessAndPackingErrors() {
        byte[] data = range(8);
        Value m = view(data);
        m.setArrayElement(1, 200);
        assertEquals((byte) 200, data[1]);
        assertPythonError("ValueError: memoryview: invalid value for format 'B'", () -> m.setArrayElement(0, 256));
        assertPythonError("TypeError: memoryview: invalid type for format 'B'", () -> m.setArrayElement(0, 1.5));
        Value d = m.invokeMember("cast", "d");
        d.setArrayElement(0, 2.5);
        assertEquals(2.5, d.getArrayElement(0).asDouble());
        assertPythonError("TypeError: memoryview: invalid type for format 'd'", () -> d.setArrayElement(0, "x"));
        Value ro = m.invokeMember("toreadonly");
        assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(0, 1));
        assertFalse(ro.isBufferWritable());
    }

    @Test
    void releaseAndExportCounting() {
        Value m = view(range(4));
        Value child = m.invokeMember("cast", "B");
        m.invokeMember("release");
        assertEquals(2, child.getArrayElement(2).asInt());
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.getMember("nbytes"));
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.invokeMember("tobytes"));
        assertFalse(m.hasBufferElements());
        assertFalse(m.hasArrayElements());
        assertTrue(m.toString().startsWith("<released memory at 0x"), m.toString());
        m.invokeMember("release"); // idempotent

        Value export = builtin("PyObject_GetBuffer").execute(child, builtin("PyBUF_FULL_RO"));
        assertPythonError("BufferError: memoryview has 1 exported buffer", () -> child.invokeMember("release"));
        Value second = builtin("PyObject_GetBuffer").execute(child, builtin("PyBUF_SIMPLE"));
        assertPythonError("BufferError: memoryview has 2 exported buffers", () -> child.invokeMember("release"));
        builtin("PyBuffer_Release").execute(export);
        builtin("PyBuffer_Release").execute(second);
        child.invokeMember("release");
        assertFalse(child.hasArrayElements());
    }

    @Test
    void contextManagerProtocol() {
        Value m = view(range(4));
        Value entered = m.invokeMember("__enter__");
        assertEquals(4, entered.getArraySize());
        m.invokeMember("__exit__", null, null, null);
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.invokeMember("__enter__"));
    }

    @Test
    void noArgumentMethodsUseQualifiedNames() {
        Value m = view(range(4));
        assertPythonError("TypeError: memoryview.tolist() takes no arguments (1 given)", () -> m.invokeMember("tolist", 5));
        assertPythonError("TypeError: memoryview.release() takes no arguments (1 given)", () -> m.invokeMember("release", 1));
        assertPythonError("TypeError: tobytes() takes at most 1 argument (2 given)", () -> m.invokeMember("tobytes", "C", "x"));
        assertPythonError("TypeError: cast() missing required argument 'format' (pos 1)", () -> m.invokeMember("cast"));
        assertPythonError("TypeError: cast() takes at most 2 arguments (3 given)", () -> m.invokeMember("cast", "B", List.of(4), 3));
    }

    @Test
    void nonBufferIsRefused() {
        assertPythonError("TypeError: memoryview: a bytes-like object is required, not 'int'", () -> view(5));
        assertPythonError("TypeError: memoryview: a bytes-like object is required, not 'str'", () -> view("abc"));
    }

    @Test
    void countAndIndexFrom314() {
        Value m = view(new byte[]{1, 2, 1, 3});
        assertEquals(2, m.invokeMember("count", 1).asInt());
        assertEquals(2, m.invokeMember("index", 1, 1).asInt());
        assertPythonError("ValueError: memoryview.index(x): x not found", () -> m.invokeMember("index", 9));
    }

    @Test
    void zeroDimensionalView() {
        Value scalar = view(range(4)).invokeMember("cast", "i", List.of());
        assertEquals(0, scalar.getMember("ndim").asInt());
        assertEquals(List.of(), longs(scalar.getMember("shape")));
        assertFalse(scalar.hasArrayElements());
        assertEquals(0x03020100, scalar.invokeMember("tolist").asInt());
        assertEquals(4, scalar.getBufferSize());
    }
}
