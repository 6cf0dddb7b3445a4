package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every native format: sizes, decoding, encoding, range checks and CPython's packing messages. */
class FormatTest extends MViewTestSupport {

    private Value cast(byte[] data, String format) {
        return view(data).invokeMember("cast", format);
    }

    @ParameterizedTest
    @CsvSource({"c,1", "b,1", "B,1", "?,1", "h,2", "H,2", "i,4", "I,4", "l,8", "L,8", "q,8", "Q,8", "n,8", "N,8", "f,4", "d,8", "e,2", "P,8",
                    "@i,4", "@d,8", "@B,1"})
    void itemsizeAndFormatString(String format, int itemsize) {
        Value m = cast(new byte[16], format);
        assertEquals(itemsize, m.getMember("itemsize").asInt());
        assertEquals(format, m.getMember("format").asString());
        assertEquals(16 / itemsize, m.getArraySize());
    }

    @Test
    void signedAndUnsignedIntegers() {
        byte[] ff = new byte[16];
        java.util.Arrays.fill(ff, (byte) 0xFF);
        assertEquals(-1, cast(ff, "b").getArrayElement(0).asInt());
        assertEquals(255, cast(ff, "B").getArrayElement(0).asInt());
        assertEquals(-1, cast(ff, "h").getArrayElement(0).asInt());
        assertEquals(65535, cast(ff, "H").getArrayElement(0).asInt());
        assertEquals(-1, cast(ff, "i").getArrayElement(0).asInt());
        assertEquals(4294967295L, cast(ff, "I").getArrayElement(0).asLong());
        assertEquals(-1L, cast(ff, "q").getArrayElement(0).asLong());
        assertEquals(-1L, cast(ff, "l").getArrayElement(0).asLong());
        assertEquals(-1L, cast(ff, "n").getArrayElement(0).asLong());
        for (String unsigned64 : new String[]{"Q", "L", "N", "P"}) {
            Value item = cast(ff, unsigned64).getArrayElement(0);
            assertTrue(item.fitsInBigInteger(), unsigned64);
            assertEquals(new BigInteger("18446744073709551615"), item.asBigInteger(), unsigned64);
        }
    }

    @Test
    void integerRangesAndMessages() {
        Value b = cast(new byte[8], "b");
        b.setArrayElement(0, -128);
        b.setArrayElement(1, 127);
        assertEquals(-128, b.getArrayElement(0).asInt());
        assertPythonError("ValueError: memoryview: invalid value for format 'b'", () -> b.setArrayElement(0, 128));
        assertPythonError("ValueError: memoryview: invalid value for format 'b'", () -> b.setArrayElement(0, -129));
        Value h = cast(new byte[8], "H");
        assertPythonError("ValueError: memoryview: invalid value for format 'H'", () -> h.setArrayElement(0, -1));
        assertPythonError("ValueError: memoryview: invalid value for format 'H'", () -> h.setArrayElement(0, 65536));
        Value i = cast(new byte[8], "i");
        assertPythonError("ValueError: memoryview: invalid value for format 'i'", () -> i.setArrayElement(0, 1L << 31));
        assertPythonError("TypeError: memoryview: invalid type for format 'i'", () -> i.setArrayElement(0, 1.0));
        assertPythonError("TypeError: memoryview: invalid type for format 'i'", () -> i.setArrayElement(0, "1"));
        Value q = cast(new byte[8], "Q");
        q.setArrayElement(0, new BigInteger("18446744073709551615"));
        assertEquals(new BigInteger("18446744073709551615"), q.getArrayElement(0).asBigInteger());
        assertPythonError("ValueError: memoryview: invalid value for format 'Q'", () -> q.setArrayElement(0, -1));
        assertPythonError("ValueError: memoryview: invalid value for format 'Q'", () -> q.setArrayElement(0, new BigInteger("18446744073709551616")));
        Value p = cast(new byte[8], "P");
        p.setArrayElement(0, -1);
        assertEquals(new BigInteger("18446744073709551615"), p.getArrayElement(0).asBigInteger());
        assertPythonError("ValueError: memoryview: invalid value for format 'P'", () -> p.setArrayElement(0, new BigInteger("-9223372036854775809")));
    }

    @Test
    void boolAndChar() {
        byte[] data = {0, 1, 2, (byte) 0xFF};
        Value bools = cast(data, "?");
        assertEquals(false, bools.getArrayElement(0).asBoolean());
        assertEquals(true, bools.getArrayElement(2).asBoolean());
        bools.setArrayElement(0, 7);
        assertEquals(1, data[0]);
        bools.setArrayElement(0, 0.0);
        assertEquals(0, data[0]);
        Value chars = cast(data, "c");
        Value c = chars.getArrayElement(3);
        assertTrue(c.hasBufferElements());
        assertEquals(1, c.getBufferSize());
        assertEquals((byte) 0xFF, c.readBufferByte(0));
        assertPythonError("TypeError: memoryview: invalid type for format 'c'", () -> chars.setArrayElement(0, 65));
        assertPythonError("TypeError: memoryview: invalid type for format 'c'", () -> chars.setArrayElement(0, "A"));
    }

    @Test
    void floatsDoublesAndOverflow() {
        byte[] data = new byte[16];
        Value f = cast(data, "f");
        f.setArrayElement(0, 1.5);
        assertEquals(1.5, f.getArrayElement(0).asDouble());
        f.setArrayElement(1, 1e300); // 'f' overflow silently becomes inf, as in CPython
        assertEquals(Double.POSITIVE_INFINITY, f.getArrayElement(1).asDouble());
        f.setArrayElement(2, 0.1);
        assertEquals((double) 0.1f, f.getArrayElement(2).asDouble());
        Value d = cast(data, "d");
        d.setArrayElement(1, Double.NaN);
        assertTrue(Double.isNaN(d.getArrayElement(1).asDouble()));
        d.setArrayElement(0, 7);
        assertEquals(7.0, d.getArrayElement(0).asDouble());
        assertPythonError("ValueError: memoryview: invalid value for format 'd'", () -> d.setArrayElement(0, BigInteger.TWO.pow(1024)));
    }

    @Test
    void halfFloatsRoundToNearestEven() {
        byte[] data = new byte[8];
        Value e = cast(data, "e");
        e.setArrayElement(0, 1.0);
        assertEquals(0x3C00, ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFF);
        e.setArrayElement(1, 65504.0);
        assertEquals(65504.0, e.getArrayElement(1).asDouble());
        e.setArrayElement(2, 1.0 / 3);
        assertEquals(0.333251953125, e.getArrayElement(2).asDouble());
        e.setArrayElement(3, 5.960464477539063e-08); // the smallest subnormal
        assertEquals(5.960464477539063e-08, e.getArrayElement(3).asDouble());
        e.setArrayElement(3, 2.0e-08); // rounds to zero
        assertEquals(0.0, e.getArrayElement(3).asDouble());
        e.setArrayElement(0, Double.NEGATIVE_INFINITY);
        assertEquals(Double.NEGATIVE_INFINITY, e.getArrayElement(0).asDouble());
        e.setArrayElement(0, Double.NaN);
        assertTrue(Double.isNaN(e.getArrayElement(0).asDouble()));
        e.setArrayElement(0, 65519.99); // below the rounding boundary: 65504
        assertEquals(65504.0, e.getArrayElement(0).asDouble());
        assertPythonError("ValueError: memoryview: invalid value for format 'e'", () -> e.setArrayElement(0, 65520.0));
        assertPythonError("ValueError: memoryview: invalid value for format 'e'", () -> e.setArrayElement(0, 1e10));
        e.setArrayElement(0, 1.5258789062500002e-05); // just above a tie between two subnormals
        assertEquals(1.52587890625e-05, e.getArrayElement(0).asDouble());
    }

    @Test
    void nonNativeFormatsRefuseElementAccessButSliceAndCopy() {
        Value info = builtin("Py_buffer").execute(range(8), null, 8, 4, false, 1, "<i", java.util.List.of(2L), null, null, 0);
        Value m = builtin("PyMemoryView_FromBuffer").execute(info);
        assertPythonError("NotImplementedError: memoryview: unsupported format <i", () -> m.getArrayElement(0));
        assertPythonError("NotImplementedError: memoryview: unsupported format <i", () -> m.invokeMember("tolist"));
        assertEquals(8, m.invokeMember("tobytes").getBufferSize());
        assertEquals(8, m.invokeMember("cast", "B").getArraySize());
        Value unknown = builtin("PyMemoryView_FromBuffer").execute(builtin("Py_buffer").execute(range(8), null, 8, 1, false, 1, "w", null, null, null, 0));
        assertPythonError("NotImplementedError: memoryview: format w not supported", () -> unknown.getArrayElement(0));
        assertPythonError("TypeError: memoryview: cannot cast between two non-byte formats", () -> unknown.invokeMember("cast", "i"));
    }
}
