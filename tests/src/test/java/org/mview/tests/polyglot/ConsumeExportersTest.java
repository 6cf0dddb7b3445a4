package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code memoryview(x)} over the buffers of JS, GraalPy and Java: the exporter's element type and
 * shape where it has them, no copy (a write on one side is read on the other).
 */
class ConsumeExportersTest extends PolyglotSupport {

    // ---- JavaScript ----

    @Test
    void jsArrayBuffer() {
        Value ab = js("(() => { const ab = new ArrayBuffer(8); new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]); return ab; })()");
        Value v = memoryview(ab);
        assertEquals("B", v.getMember("format").asString());
        assertEquals(8, v.getArraySize());
        assertEquals(3, v.getArrayElement(2).asInt());
        assertFalse(v.getMember("readonly").asBoolean());
        v.setArrayElement(0, 200);
        assertEquals(200, js("(ab) => new Uint8Array(ab)[0]").execute(ab).asInt());
        js("(ab) => { new Uint8Array(ab)[7] = 77; }").execute(ab);
        assertEquals(77, v.getArrayElement(7).asInt());
        assertEquals(ab, v.getMember("obj"));
    }

    @Test
    void jsSharedArrayBuffer() {
        Value sab = js("new SharedArrayBuffer(4)");
        Value v = memoryview(sab).invokeMember("cast", "i");
        v.setArrayElement(0, -123456);
        assertEquals(-123456, js("(b) => new Int32Array(b)[0]").execute(sab).asInt());
    }

    @ParameterizedTest
    @CsvSource({
                    "Int8Array, b, 1, -5, -5",
                    "Uint8Array, B, 1, 250, 250",
                    "Uint8ClampedArray, B, 1, 300, 255",
                    "Int16Array, h, 2, -30000, -30000",
                    "Uint16Array, H, 2, 65535, 65535",
                    "Int32Array, i, 4, -2000000000, -2000000000",
                    "Uint32Array, I, 4, 4000000000, 4000000000",
                    "Float32Array, f, 4, 1.5, 1.5",
                    "Float64Array, d, 8, -2.25, -2.25",
                    "BigInt64Array, q, 8, -9000000000000000000n, -9000000000000000000",
                    "BigUint64Array, Q, 8, 18000000000000000000n, 18000000000000000000",
    })
    void jsTypedArrayTakesItsFormatAndRegion(String ctor, String format, int itemsize, String jsValue, String expected) {
        // three items starting one item into a larger buffer
        Value ta = js("(() => { const ab = new ArrayBuffer(" + 5 * itemsize + "); const t = new " + ctor + "(ab, " + itemsize + ", 3); t[1] = "
                        + jsValue + "; return t; })()");
        Value v = memoryview(ta);
        assertEquals(format, v.getMember("format").asString());
        assertEquals(itemsize, v.getMember("itemsize").asInt());
        assertEquals(3, v.getArraySize());
        assertEquals(3L * itemsize, v.getMember("nbytes").asLong());
        assertEquals(expected, v.getArrayElement(1).toString());
        assertEquals(ta, v.getMember("obj"));
        // mview writes land in the typed array's region of the ArrayBuffer
        v.setArrayElement(2, format.equals("f") || format.equals("d") ? (Object) 4.0 : (Object) 4);
        assertEquals("4", js("(t) => String(t[2])").execute(ta).asString());
        // ... and nothing outside it: the bytes before and after the region are still zero
        assertEquals(0, js("(t) => { const u = new Uint8Array(t.buffer); let s = 0; for (let i = 0; i < u.length; i++) "
                        + "{ if (i < t.byteOffset || i >= t.byteOffset + t.byteLength) s += u[i]; } return s; }").execute(ta).asInt());
    }

    @Test
    void jsDataViewIsTheBytesOfItsRegion() {
        Value dv = js("(() => { const ab = new ArrayBuffer(16); new Uint8Array(ab).forEach((_, i, a) => a[i] = i); return new DataView(ab, 4, 8); })()");
        Value v = memoryview(dv);
        assertEquals("B", v.getMember("format").asString());
        assertEquals(8, v.getArraySize());
        assertEquals(4, v.getArrayElement(0).asInt());
        assertEquals(11, v.getArrayElement(7).asInt());
        v.invokeMember("cast", "i").setArrayElement(1, 0x01020304);
        assertEquals(0x01020304, js("(dv) => dv.getInt32(4, true)").execute(dv).asInt());
    }

    // ---- GraalPy ----

    @Test
    void pyBytesIsReadOnly() {
        Value b = py("b'abc'");
        Value v = memoryview(b);
        assertTrue(v.getMember("readonly").asBoolean());
        assertEquals("[97, 98, 99]", str(v.invokeMember("tolist")));
        assertPythonError("TypeError: cannot modify read-only memory", () -> v.setArrayElement(0, 1));
    }

    @Test
    void pyBytearrayIsSharedBothWays() {
        Value ba = py("bytearray(b'hello')");
        Value v = memoryview(ba);
        assertFalse(v.getMember("readonly").asBoolean());
        v.setArrayElement(0, (int) 'J');
        assertEquals("bytearray(b'Jello')", py("repr").execute(ba).asString());
        py("lambda ba: ba.__setitem__(4, 0x21)").execute(ba);
        assertEquals('!', v.getArrayElement(4).asInt());
    }

    @Test
    void pyArrayTakesItsTypecodeAndLength() {
        Value arr = py("array.array('i', [1, -2, 3])");
        Value v = memoryview(arr);
        assertEquals("i", v.getMember("format").asString());
        assertEquals(4, v.getMember("itemsize").asInt());
        assertEquals("[3]", str(v.getMember("shape")));
        assertEquals(-2, v.getArrayElement(1).asInt());
        v.setArrayElement(2, 1 << 30);
        assertEquals("[1, -2, 1073741824]", py("lambda a: repr(a.tolist())").execute(arr).asString());
        Value d = memoryview(py("array.array('d', [0.5, 2.5])"));
        assertEquals("d", d.getMember("format").asString());
        assertEquals(2.5, d.getArrayElement(1).asDouble());
    }

    @Test
    void pyMemoryviewTakesItsFormatAndShape() {
        Value pm = py("memoryview(bytearray(24)).cast('i', (2, 3))");
        Value v = memoryview(pm);
        assertEquals("i", v.getMember("format").asString());
        assertEquals("[2, 3]", str(v.getMember("shape")));
        assertEquals("[12, 4]", str(v.getMember("strides")));
        v.getArrayElement(1).setArrayElement(2, 42);
        assertEquals(42, py("lambda m: m[1, 2]").execute(pm).asInt());
        py("lambda m: m.__setitem__((0, 1), -9)").execute(pm);
        assertEquals("[[0, -9, 0], [0, 0, 42]]", str(v.invokeMember("tolist")));
        Value ro = memoryview(py("memoryview(b'xy')"));
        assertTrue(ro.getMember("readonly").asBoolean());
    }

    @Test
    void pyStridedMemoryviewIsRefused() {
        assertPythonError("BufferError: memoryview: a non-contiguous foreign memoryview cannot be viewed (its interop buffer does not follow its strides); view its obj instead",
                        () -> memoryview(py("memoryview(bytearray(range(10)))[::2]")));
    }

    @Test
    void pyMmap() {
        Value m = py("(lambda m: (m.write(b'mapped'), m)[1])(mmap.mmap(-1, 16))");
        Value v = memoryview(m);
        assertEquals(16, v.getArraySize());
        assertEquals('m', v.getArrayElement(0).asInt());
        v.setArrayElement(15, (int) 'Z');
        assertEquals("b'Z'", py("lambda m: repr(m[15:16])").execute(m).asString());
    }

    // ---- Java ----

    @Test
    void javaByteBufferHonoursPositionLimitAndReadOnly() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[]{0, 1, 2, 3, 4, 5, 6, 7}).position(2).limit(6);
        Value v = memoryview(buffer);
        assertEquals(4, v.getArraySize());
        assertEquals(2, v.getArrayElement(0).asInt());
        v.setArrayElement(3, 99);
        assertEquals(99, buffer.get(5));
        Value ro = memoryview(buffer.asReadOnlyBuffer());
        assertTrue(ro.getMember("readonly").asBoolean());
        assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(0, 1));
        ByteBuffer direct = ByteBuffer.allocateDirect(4);
        memoryview(direct).setArrayElement(1, 7);
        assertEquals(7, direct.get(1));
    }

    @Test
    void javaTypedNioBuffersTakeTheirFormatAndByteOrder() {
        IntBuffer ints = ByteBuffer.allocateDirect(12).order(ByteOrder.nativeOrder()).asIntBuffer();
        Value v = memoryview(ints);
        assertEquals("i", v.getMember("format").asString());
        v.setArrayElement(2, -5);
        assertEquals(-5, ints.get(2));
        LongBuffer big = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).asLongBuffer().put(0, 0x0102030405060708L);
        Value b = memoryview(big);
        assertEquals(">q", b.getMember("format").asString());
        assertEquals("b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08'", str(b.invokeMember("tobytes")));
    }

    @Test
    void javaArraysAndSegments() {
        double[] doubles = {1.0, 2.0};
        Value v = memoryview(doubles);
        assertEquals("d", v.getMember("format").asString());
        v.setArrayElement(1, 0.25);
        assertEquals(0.25, doubles[1]);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(8);
            Value s = memoryview(segment);
            s.setArrayElement(3, 9);
            assertEquals(9, segment.get(ValueLayout.JAVA_BYTE, 3));
        }
    }
}
