package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.api.PyMemoryView;

/** mview views used from JS (zero-copy typed arrays), GraalPy (items and members) and Java (the facade). */
class ExportBackTest extends PolyglotSupport {

    // ---- JavaScript wraps a view without copying ----

    @Test
    void jsFloat64ArrayOverAView() {
        byte[] data = new byte[24];
        Value v = memoryview(data);
        Value f = js("(v) => new Float64Array(v)").execute(v);
        assertEquals(3, f.getArraySize());
        js("(f) => { f[1] = 1.5; }").execute(f);
        assertEquals(1.5, v.invokeMember("cast", "d").getArrayElement(1).asDouble());
        assertEquals(1.5, ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getDouble(8));
        v.invokeMember("cast", "d").setArrayElement(2, -4.0);
        assertEquals(-4.0, js("(f) => f[2]").execute(f).asDouble());
    }

    @Test
    void jsDataViewOverAView() {
        byte[] data = new byte[8];
        Value dv = js("(v) => new DataView(v)").execute(memoryview(data));
        js("(dv) => dv.setInt32(4, 0x11223344, true)").execute(dv);
        assertArrayEquals(new byte[]{0, 0, 0, 0, 0x44, 0x33, 0x22, 0x11}, data);
        data[0] = 7;
        assertEquals(7, js("(dv) => dv.getUint8(0)").execute(dv).asInt());
    }

    @Test
    void jsOverAStridedView() {
        byte[] data = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        // data[1::2], made through the C-API until mview's slicing syntax lands
        Value info = context().getBindings("mview").getMember("Py_buffer").execute(data, null, 5, 1, false, 1, "B", new long[]{5}, new long[]{2}, null, 1);
        Value odd = context().getBindings("mview").getMember("PyMemoryView_FromBuffer").execute(info);
        Value u8 = js("(v) => new Uint8Array(v)").execute(odd);
        assertEquals("1,3,5,7,9", js("(u) => u.join()").execute(u8).asString());
        js("(u) => { u[2] = 55; }").execute(u8);
        assertEquals(55, data[5]);
        data[9] = 99;
        assertEquals(99, js("(u) => u[4]").execute(u8).asInt());
    }

    @Test
    void jsReadOnlyViewRefusesWrites() {
        Value ro = memoryview(py("b'abcd'"));
        Value u8 = js("(v) => new Uint8Array(v)").execute(ro);
        assertEquals(98, js("(u) => u[1]").execute(u8).asInt());
        assertThrows(PolyglotException.class, () -> js("(u) => { u[0] = 1; }").execute(u8));
        assertEquals(97, ro.getArrayElement(0).asInt());
    }

    // ---- GraalPy uses a view through items and members ----

    @Test
    void pythonUsesAView() {
        byte[] data = {10, 20, 30, 40};
        Value f = py("""
                        def use(v):
                            out = [len(v), v[0], v[-1], v.tolist(), bytes(v.tobytes()), list(v), v.format, tuple(v.shape), v.nbytes, v.readonly]
                            v[1] = 21
                            out.append(v.cast('H')[1])
                            out.append([x * 2 for x in v])
                            return repr(out)
                        use""");
        assertEquals("[4, 10, 40, [10, 20, 30, 40], b'\\n\\x14\\x1e(', [10, 20, 30, 40], 'B', (4,), 4, False, 10270, [20, 42, 60, 80]]",
                        f.execute(memoryview(data)).asString());
        assertEquals(21, data[1]);
    }

    @Test
    void pythonIndexesAnNdViewRowByRow() {
        byte[] data = new byte[6];
        Value f = py("""
                        def use(m):
                            m[1][2] = 5
                            return repr((m[1][2], m.tolist(), len(m), len(m[0])))
                        use""");
        assertEquals("(5, [[0, 0, 0], [0, 0, 5]], 2, 3)", f.execute(memoryview(data).invokeMember("cast", "B", new long[]{2, 3})).asString());
        assertEquals(5, data[5]);
    }

    @Test
    void pythonSeesPythonTypedErrors() {
        // GraalPy checks indices against len() itself (its own IndexError); mview's errors reach Python
        // as polyglot.ForeignException whose message starts with the Python type name.
        Value f = py("""
                        import polyglot
                        def use(v):
                            out = []
                            for action in (lambda: v[4], lambda: v.__setitem__(0, 256), lambda: v.cast('x')):
                                try:
                                    action()
                                except IndexError as e:
                                    out.append('IndexError')
                                except polyglot.ForeignException as e:
                                    out.append(str(e))
                            return out
                        use""");
        Value out = f.execute(memoryview(new byte[4]));
        assertEquals("IndexError", out.getArrayElement(0).asString());
        assertEquals("ValueError: memoryview: invalid value for format 'B'", out.getArrayElement(1).asString());
        assertEquals("ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'",
                        out.getArrayElement(2).asString());
    }

    // ---- Java: the facade hands out the same memory ----

    @Test
    void javaByteBufferOverAView() {
        byte[] data = new byte[8];
        Value v = memoryview(data);
        ByteBuffer buffer = PyMemoryView.asByteBuffer(v.invokeMember("cast", "i"));
        buffer.putInt(4, 77);
        assertEquals(77, v.invokeMember("cast", "i").getArrayElement(1).asInt());
        v.setArrayElement(0, 3);
        assertEquals(3, buffer.get(0));
        ByteBuffer ro = PyMemoryView.asByteBuffer(v.invokeMember("toreadonly"));
        assertTrue(ro.isReadOnly());
        assertThrows(ReadOnlyBufferException.class, () -> ro.put(0, (byte) 1));
    }

    @Test
    void javaSegmentOfASlice() {
        ByteBuffer direct = ByteBuffer.allocateDirect(16);
        Value v = memoryview(direct);
        Value slice = context().getBindings("mview").getMember("PyMemoryView_FromObject").execute(v); // same memory
        MemorySegment segment = PyMemoryView.asMemorySegment(slice);
        assertEquals(16, segment.byteSize());
        segment.set(ValueLayout.JAVA_BYTE, 15, (byte) 42);
        assertEquals(42, direct.get(15));
    }

    @Test
    void javaFacadeRefusesForeignAndStridedMemory() {
        assertPythonError("BufferError: memoryview: the memory of a foreign buffer cannot be handed to Java; read it through the view's buffer messages",
                        () -> PyMemoryView.asByteBuffer(memoryview(js("new ArrayBuffer(4)"))));
        Value info = context().getBindings("mview").getMember("Py_buffer").execute(new byte[8], null, 4, 1, false, 1, "B", new long[]{4}, new long[]{2}, null, 0);
        Value strided = context().getBindings("mview").getMember("PyMemoryView_FromBuffer").execute(info);
        assertPythonError("BufferError: memoryview: underlying buffer is not C-contiguous", () -> PyMemoryView.asMemorySegment(strided));
    }
}
