package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The interop buffer export: a view's bytes are its logical C-order image ({@code tobytes()}), mapped
 * through strides and suboffsets without copying; offsets are checked at both ends; read-only views
 * refuse every write.
 */
class InteropBufferTest extends MViewTestSupport {

    /** Reads the whole interop buffer byte by byte. */
    private static byte[] readAll(Value v) {
        byte[] out = new byte[(int) v.getBufferSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.readBufferByte(i);
        }
        return out;
    }

    private Value fromBuffer(byte[] data, long len, int itemsize, String format, List<Long> shape, List<Long> strides, List<Long> suboffsets, long offset) {
        Value info = builtin("Py_buffer").execute(data, null, len, itemsize, false, shape.size(), format, shape, strides, suboffsets, offset);
        return builtin("PyMemoryView_FromBuffer").execute(info);
    }

    @Test
    void contiguousViewReadsItsBytes() {
        Value m = view(range(16));
        assertEquals(16, m.getBufferSize());
        assertTrue(m.isBufferWritable());
        assertEquals(0x0706050403020100L, m.readBufferLong(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(0x0001020304050607L, m.readBufferLong(ByteOrder.BIG_ENDIAN, 0));
        assertEquals(0x0f0e0d0c0b0a0908L, m.readBufferLong(ByteOrder.LITTLE_ENDIAN, 16 - 8));
        assertEquals(0x0f0e, m.readBufferShort(ByteOrder.LITTLE_ENDIAN, 14));
    }

    /**
     * One Java type per format for items read through interop: {@code Integer} where every item fits
     * (b B h H i: JS then keeps its arithmetic in ints), {@code Long} for the wider formats, whatever
     * the value; iteration agrees with element reads.
     */
    @Test
    void itemsHaveOneInteropTypePerFormat() {
        for (String format : List.of("b", "B", "h", "H", "i", "I", "l", "q", "n")) {
            Value m = eval("memoryview(bytearray(range(16))).cast('" + format + "')");
            Object first = m.getArrayElement(0).as(Object.class);
            Class<?> expected = "bBhHi".contains(format) ? Integer.class : Long.class;
            assertEquals(expected, first.getClass(), format);
            assertEquals(expected, m.getIterator().getIteratorNextElement().as(Object.class).getClass(), format);
            assertEquals(eval("memoryview(bytearray(range(16))).cast('" + format + "')[0]").asLong(), ((Number) first).longValue(), format);
        }
        assertEquals(-1, eval("memoryview(bytearray([255, 255, 255, 255])).cast('i')").getArrayElement(0).as(Object.class));
        assertEquals(4294967295L, eval("memoryview(bytearray([255, 255, 255, 255])).cast('I')").getArrayElement(0).as(Object.class));
        assertEquals(Boolean.TRUE, eval("memoryview(bytearray([1])).cast('?')").getArrayElement(0).as(Object.class));
        assertEquals(Double.class, eval("memoryview(bytearray(8)).cast('d')").getArrayElement(0).as(Object.class).getClass());
        // byte-order formats (mview.Extensions) take the type of the native format of their size
        try (Context extended = Context.newBuilder("mview").engine(engine()).allowAllAccess(true).option("mview.Extensions", "true").build()) {
            for (String format : List.of("<b", ">h", "!H", "<i", "<l", ">I", "<q", "=Q")) {
                Value m = extended.eval("mview", "memoryview(bytearray(range(16))).cast('" + format + "')");
                Class<?> expected = List.of("<b", ">h", "!H", "<i", "<l").contains(format) ? Integer.class : Long.class;
                assertEquals(expected, m.getArrayElement(1).as(Object.class).getClass(), format);
                assertEquals(expected, m.getIterator().getIteratorNextElement().as(Object.class).getClass(), format);
            }
            assertEquals(0x04050607, extended.eval("mview", "memoryview(bytearray(range(8))).cast('>i')").getArrayElement(1).as(Object.class));
        }
    }

    /**
     * Interop element writes of a byte-order view (mview.Extensions): the bytes in the view's order,
     * the language's errors in its order of checks, and CPython's refusal with the option off. (The
     * test engine's interop assertions also require {@code isArrayElementModifiable} to allow the write.)
     */
    @Test
    void byteOrderItemsAreWritableThroughInterop() {
        try (Context extended = Context.newBuilder("mview").engine(engine()).allowAllAccess(true).option("mview.Extensions", "true").build()) {
            Value m = extended.eval("mview", "memoryview(bytearray(8)).cast('>i')");
            m.setArrayElement(1, 0x01020304);
            assertEquals(List.of(0L, 0L, 0L, 0L, 1L, 2L, 3L, 4L), longs(m.invokeMember("cast", "B").invokeMember("tolist")));
            assertEquals(0x01020304, m.getArrayElement(1).asInt());
            assertPythonError("ValueError: memoryview: invalid value for format '>i'", () -> m.setArrayElement(0, 1L << 31));
            assertThrows(ArrayIndexOutOfBoundsException.class, () -> m.setArrayElement(2, 1));
            Value ro = extended.eval("mview", "memoryview(bytes(8)).cast('<h')");
            assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(0, 1));
        }
        Value big = view(ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).asIntBuffer());
        assertPythonError("NotImplementedError: memoryview: unsupported format >i", () -> big.setArrayElement(0, 1));
    }

    private Value eval(String source) {
        return context.eval("mview", source);
    }

    @Test
    void offsetsAreCheckedAtBothEnds() {
        Value m = view(range(16));
        // size - N is the last valid offset for an N-byte read; size - N + 1 and -1 are refused.
        // (the polyglot API reports InvalidBufferOffsetException as IndexOutOfBoundsException)
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferLong(ByteOrder.LITTLE_ENDIAN, 16 - 8 + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferLong(ByteOrder.LITTLE_ENDIAN, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferInt(ByteOrder.LITTLE_ENDIAN, 16 - 4 + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferShort(ByteOrder.LITTLE_ENDIAN, 16 - 2 + 1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferByte(16));
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferByte(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.writeBufferByte(16, (byte) 0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.writeBufferDouble(ByteOrder.LITTLE_ENDIAN, 9, 1.0));
        byte[] bulk = new byte[4];
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBuffer(13, bulk, 0, 4));
        assertEquals(15, m.readBufferByte(15));
    }

    @Test
    void stridedViewExportsItsLogicalImage() {
        byte[] data = range(16);
        Value every3rd = fromBuffer(data, 5, 1, "B", List.of(5L), List.of(3L), null, 1);
        assertArrayEquals(new byte[]{1, 4, 7, 10, 13}, readAll(every3rd));
        assertEquals(0x0a070401, every3rd.readBufferInt(ByteOrder.LITTLE_ENDIAN, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> every3rd.readBufferLong(ByteOrder.LITTLE_ENDIAN, 0));
        every3rd.writeBufferByte(4, (byte) 99);
        assertEquals(99, data[13]);
        Value reversed = fromBuffer(data, 4, 1, "B", List.of(4L), List.of(-1L), null, 15);
        assertArrayEquals(new byte[]{15, 14, 13 == 13 ? 99 : 13, 12}, readAll(reversed));
    }

    @Test
    void stridedDoublesReadWithinAndAcrossItems() {
        ByteBuffer bb = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 6; i++) {
            bb.putDouble(i * 8, i + 0.5);
        }
        Value odd = fromBuffer(bb.array(), 24, 8, "d", List.of(3L), List.of(16L), null, 8);
        assertEquals(1.5, odd.readBufferDouble(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(5.5, odd.readBufferDouble(ByteOrder.LITTLE_ENDIAN, 16));
        // An unaligned read spans two items: the last 4 bytes of 1.5 and the first 4 of 3.5.
        long expected = (Double.doubleToRawLongBits(1.5) >>> 32) | (Double.doubleToRawLongBits(3.5) << 32);
        assertEquals(expected, odd.readBufferLong(ByteOrder.LITTLE_ENDIAN, 4));
        assertEquals(List.of(1.5, 3.5, 5.5), List.of(odd.getArrayElement(0).asDouble(), odd.getArrayElement(1).asDouble(), odd.getArrayElement(2).asDouble()));
    }

    @Test
    void fortranViewExportsCOrder() {
        // Memory holds a 2x3 array in Fortran order: column-major 0 3 1 4 2 5 is the C array 0..5.
        byte[] data = {0, 3, 1, 4, 2, 5};
        Value f = fromBuffer(data, 6, 1, "B", List.of(2L, 3L), List.of(1L, 2L), null, 0);
        assertTrue(f.getMember("f_contiguous").asBoolean());
        assertFalse(f.getMember("c_contiguous").asBoolean());
        assertArrayEquals(new byte[]{0, 1, 2, 3, 4, 5}, readAll(f));
        assertArrayEquals(new byte[]{0, 1, 2, 3, 4, 5}, bytesOf(f.invokeMember("tobytes")));
        assertArrayEquals(data, bytesOf(f.invokeMember("tobytes", "F")));
        assertArrayEquals(data, bytesOf(f.invokeMember("tobytes", "A")));
        byte[] bulk = new byte[4];
        f.readBuffer(1, bulk, 0, 4);
        assertArrayEquals(new byte[]{1, 2, 3, 4}, bulk);
    }

    @Test
    void suboffsetsDereferencePointers() {
        // PIL layout: two row pointers (little-endian offsets 16 and 24) then the rows themselves.
        ByteBuffer bb = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        bb.putLong(0, 20).putLong(8, 16);
        for (int i = 0; i < 8; i++) {
            bb.put(16 + i, (byte) (10 + i));
        }
        Value pil = fromBuffer(bb.array(), 8, 1, "B", List.of(2L, 4L), List.of(8L, 1L), List.of(0L, -1L), 0);
        assertEquals(List.of(0L, -1L), longs(pil.getMember("suboffsets")));
        assertFalse(pil.getMember("contiguous").asBoolean());
        assertArrayEquals(new byte[]{14, 15, 16, 17, 10, 11, 12, 13}, readAll(pil));
        assertArrayEquals(new byte[]{14, 15, 16, 17, 10, 11, 12, 13}, bytesOf(pil.invokeMember("tobytes")));
        assertEquals(List.of(14L, 15L, 16L, 17L), longs(pil.getArrayElement(0)));
        assertPythonError("TypeError: memoryview: casts are restricted to C-contiguous views", () -> pil.invokeMember("cast", "B"));
    }

    @Test
    void badPointerIsAnErrorNotAnOutOfBoundsRead() {
        ByteBuffer bb = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        bb.putLong(0, 1_000_000);
        Value pil = fromBuffer(bb.array(), 4, 1, "B", List.of(1L, 4L), List.of(8L, 1L), List.of(0L, -1L), 0);
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> pil.readBufferByte(0));
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> pil.invokeMember("tolist"));
    }

    @Test
    void readOnlyViewsRefuseEveryWrite() {
        byte[] data = range(16);
        Value ro = view(data).invokeMember("toreadonly");
        assertFalse(ro.isBufferWritable());
        // (the polyglot API reports UnsupportedMessageException as UnsupportedOperationException)
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferByte(0, (byte) 1));
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferShort(ByteOrder.LITTLE_ENDIAN, 0, (short) 1));
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferInt(ByteOrder.LITTLE_ENDIAN, 0, 1));
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferLong(ByteOrder.LITTLE_ENDIAN, 0, 1L));
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferFloat(ByteOrder.LITTLE_ENDIAN, 0, 1f));
        assertThrows(UnsupportedOperationException.class, () -> ro.writeBufferDouble(ByteOrder.LITTLE_ENDIAN, 0, 1d));
        assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(0, 1));
        assertFalse(ro.invokeMember("cast", "i").isBufferWritable());
        assertPythonError("TypeError: cannot modify read-only memory", () -> ro.invokeMember("cast", "i").setArrayElement(0, 1));
        assertArrayEquals(range(16), data);
        Value fromRo = readonlyView(range(8));
        assertPythonError("TypeError: cannot modify read-only memory", () -> fromRo.setArrayElement(0, 1));
        assertPythonError("BufferError: memoryview: underlying buffer is not writable", () -> builtin("PyObject_GetBuffer").execute(ro, builtin("PyBUF_WRITABLE")));
    }

    @Test
    void everyStorageKind() {
        ByteBuffer heap = ByteBuffer.wrap(range(8));
        ByteBuffer direct = ByteBuffer.allocateDirect(8);
        direct.put(0, range(8));
        ByteBuffer readOnly = ByteBuffer.wrap(range(8)).asReadOnlyBuffer();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(8);
            segment.copyFrom(MemorySegment.ofArray(range(8)));
            for (Object storage : new Object[]{range(8), heap, direct, segment}) {
                Value m = view(storage);
                assertArrayEquals(range(8), readAll(m), storage.getClass().getName());
                m.setArrayElement(7, 70);
                assertEquals(70, m.readBufferByte(7));
                assertEquals(0x46060504, m.invokeMember("cast", "i").getArrayElement(1).asInt());
            }
            Value ro = view(readOnly);
            assertTrue(ro.getMember("readonly").asBoolean());
            assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(0, 1));
        }
    }

    @Test
    void positionAndLimitOfANioBufferAreTheRegion() {
        ByteBuffer bb = ByteBuffer.wrap(range(16));
        bb.position(4).limit(12);
        Value m = view(bb);
        assertEquals(8, m.getBufferSize());
        assertEquals(4, m.getArrayElement(0).asInt());
        assertEquals(11, m.getArrayElement(7).asInt());
    }

    @Test
    void typedNioBuffersKeepTheirElementType() {
        java.nio.IntBuffer ints = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder()).asIntBuffer();
        ints.put(new int[]{5, 6, 7, 8}).flip();
        Value m = view(ints);
        assertEquals("i", m.getMember("format").asString());
        assertEquals(4, m.getArraySize());
        assertEquals(7, m.getArrayElement(2).asInt());
        Value big = view(ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).asIntBuffer());
        assertEquals(">i", big.getMember("format").asString());
        assertPythonError("NotImplementedError: memoryview: unsupported format >i", () -> big.getArrayElement(0));
        assertEquals(16, big.invokeMember("cast", "B").getArraySize());
        Value doubles = view(new double[]{1.5, 2.5});
        assertEquals("d", doubles.getMember("format").asString());
        assertEquals(2.5, doubles.getArrayElement(1).asDouble());
    }

    @Test
    void closedArenaIsACleanError() {
        Arena arena = Arena.ofShared();
        MemorySegment segment = arena.allocate(64);
        Value m = view(segment);
        assertEquals(0, m.getArrayElement(3).asInt());
        arena.close();
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.getArrayElement(3));
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> m.invokeMember("tobytes"));
        assertThrows(PolyglotException.class, () -> m.readBufferInt(ByteOrder.LITTLE_ENDIAN, 0));
    }

    @Test
    void sixtyFourDimensionsAndNoMore() {
        List<Long> ones = java.util.Collections.nCopies(64, 1L);
        Value m = view(range(1)).invokeMember("cast", "B", ones);
        assertEquals(64, m.getMember("ndim").asInt());
        assertEquals(1, m.getBufferSize());
        assertPythonError("ValueError: memoryview: number of dimensions must not exceed 64",
                        () -> view(range(1)).invokeMember("cast", "B", java.util.Collections.nCopies(65, 1L)));
    }

    @Test
    void emptyView() {
        Value m = view(new byte[0]);
        assertEquals(0, m.getBufferSize());
        assertEquals(0, m.getArraySize());
        assertEquals(0, m.invokeMember("tolist").getArraySize());
        assertEquals("", m.invokeMember("hex").asString());
        assertThrows(IndexOutOfBoundsException.class, () -> m.readBufferByte(0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.getArrayElement(0));
    }
}
