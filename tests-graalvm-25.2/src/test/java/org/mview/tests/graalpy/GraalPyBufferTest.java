package org.mview.tests.graalpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.CRC32;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Python code on GraalPy 25.1+ using mview views as real Python buffers: every buffer consumer a
 * user reaches for, over views of every backing, contiguous, strided, N-D, read-only and released.
 * Expected values come from the JDK (MessageDigest, CRC32, BigInteger, ByteBuffer) over the bytes
 * the view spans, in C order through its strides; writes are checked by reading the memory back
 * through its owner (JS, Java or mview).
 */
class GraalPyBufferTest {

    private static final int SIZE = 32;
    private static final HexFormat HEX = HexFormat.of();

    private static Context context;
    private static Value consume;
    private static Value outcome;

    /** The views Python gets, made by mview over a backing; {@code logical} lists the backing byte of each logical byte. */
    enum Shape {
        CONTIGUOUS("lambda x: memoryview(x).cast('B')", range(0, 32)),
        TWO_D("lambda x: memoryview(x).cast('B').cast('i', (2, 4))", range(0, 32)),
        STRIDED("lambda x: memoryview(x).cast('B').cast('i')[1::3]", concat(range(4, 8), range(16, 20), range(28, 32))),
        ROWS_REVERSED("lambda x: memoryview(x).cast('B').cast('i', (2, 4))[::-1]", concat(range(16, 32), range(0, 16)));

        final String maker;
        final int[] logical;

        Shape(String maker, int[] logical) {
            this.maker = maker;
            this.logical = logical;
        }

        Value of(Object exporter) {
            return context.eval("mview", maker).execute(exporter);
        }
    }

    @BeforeAll
    static void openContext() {
        Engine engine = Engine.newBuilder("js", "python", "mview").option("engine.WarnInterpreterOnly", "false").build();
        context = Context.newBuilder("js", "python", "mview").engine(engine).allowAllAccess(true).build();
        context.eval("python", """
                        import array, hashlib, io, socket, struct, zlib

                        def outcome(action, *args):
                            try:
                                return repr(action(*args))
                            except BaseException as e:
                                return type(e).__name__ + ': ' + str(e)

                        def ints(values):
                            return ' '.join(map(str, values))

                        def from_array(v):
                            a = array.array('i')
                            a.frombytes(v)
                            return ints(a)

                        def consume(v):
                            m = memoryview(v)
                            return [(key, outcome(action)) for key, action in [
                                ('memoryview', lambda: (m.format, m.nbytes, m.readonly, m.tobytes().hex())),
                                ('typed', lambda: str(m.cast(v.format, tuple(v.shape)).tolist())),
                                ('bytes', lambda: bytes(v).hex()),
                                ('bytearray', lambda: bytearray(v).hex()),
                                ('unpack_from', lambda: ints(struct.unpack_from('<%di' % (m.nbytes // 4), v))),
                                ('sha256', lambda: hashlib.sha256(v).hexdigest()),
                                ('crc32', lambda: str(zlib.crc32(v))),
                                ('from_bytes', lambda: str(int.from_bytes(v, 'little'))),
                                ('array', lambda: from_array(v)),
                            ]]
                        """);
        consume = context.getBindings("python").getMember("consume");
        outcome = context.getBindings("python").getMember("outcome");
    }

    @AfterAll
    static void closeContext() {
        context.close(true);
    }

    private static byte[] initial() {
        byte[] b = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            b[i] = (byte) (i * 37 + 11);
        }
        return b;
    }

    private static Value py(String code) {
        return context.eval("python", code);
    }

    /** What Python's {@code outcome(action, args...)} says: the result's repr, or {@code Type: message}. */
    private static String outcome(String action, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = py(action);
        System.arraycopy(args, 0, all, 1, args.length);
        return outcome.execute(all).asString();
    }

    @Test
    void theLaneRunsTheNewerGraalVmLine() {
        String expected = System.getProperty("mview.graalvm.version");
        assertEquals(expected, context.getEngine().getVersion());
        assertEquals(expected, py("__graalpython__.get_graalvm_version()").asString());
    }

    @ParameterizedTest
    @EnumSource(Backing.class)
    void everyConsumerReadsTheViewsLogicalBytes(Backing backing) throws NoSuchAlgorithmException {
        byte[] memory = initial();
        Backing.Owned owned = backing.make(context, memory);
        for (Shape shape : Shape.values()) {
            Value v = shape.of(owned.exporter());
            byte[] bytes = pick(memory, shape.logical);
            Map<String, String> got = new LinkedHashMap<>();
            Value pairs = consume.execute(v);
            for (long i = 0; i < pairs.getArraySize(); i++) {
                got.put(pairs.getArrayElement(i).getArrayElement(0).asString(), pairs.getArrayElement(i).getArrayElement(1).asString());
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("memoryview", "('B', " + bytes.length + ", False, '" + HEX.formatHex(bytes) + "')");
            expected.put("typed", quoted(context.eval("mview", "lambda v: str(v.tolist())").execute(v).asString()));
            expected.put("bytes", quoted(HEX.formatHex(bytes)));
            expected.put("bytearray", quoted(HEX.formatHex(bytes)));
            expected.put("unpack_from", quoted(littleEndianInts(bytes)));
            expected.put("sha256", quoted(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))));
            CRC32 crc = new CRC32();
            crc.update(bytes);
            expected.put("crc32", quoted(Long.toString(crc.getValue())));
            expected.put("from_bytes", quoted(new BigInteger(1, reversed(bytes)).toString()));
            expected.put("array", quoted(littleEndianInts(bytes)));
            assertEquals(expected, got, backing + " " + shape);
        }
        assertArrayEquals(initial(), owned.bytes().get(), "reading wrote nothing");
    }

    @ParameterizedTest
    @EnumSource(Backing.class)
    void writesThroughTheViewsReachTheOwner(Backing backing) {
        byte[] expected = initial();
        Backing.Owned owned = backing.make(context, expected);

        Value strided = Shape.STRIDED.of(owned.exporter());
        assertEquals("None", outcome("lambda v: struct.pack_into('<i', v, 4, 0x11223344)", strided));
        put(expected, Shape.STRIDED.logical, 4, new byte[] {0x44, 0x33, 0x22, 0x11});
        assertArrayEquals(expected, owned.bytes().get(), "pack_into through the strides");

        Value reversed = Shape.ROWS_REVERSED.of(owned.exporter());
        assertEquals("16", outcome("lambda v: io.BytesIO(bytes(range(100, 116))).readinto(v)", reversed));
        put(expected, Shape.ROWS_REVERSED.logical, 0, range(100, 116));
        assertArrayEquals(expected, owned.bytes().get(), "readinto a view with a negative stride");

        assertEquals("8", outcome("""
                        lambda v: (lambda pair: (pair[0].sendall(b'\\x09' * 8), pair[1].recv_into(v, 8), pair[0].close(), pair[1].close())[1])(
                            socket.socketpair())""", strided));
        put(expected, Shape.STRIDED.logical, 0, new byte[] {9, 9, 9, 9, 9, 9, 9, 9});
        assertArrayEquals(expected, owned.bytes().get(), "socket recv_into through the strides");

        Value twoD = Shape.TWO_D.of(owned.exporter());
        assertEquals("None", outcome("lambda v: memoryview(v).cast('i', tuple(v.shape)).__setitem__((1, 2), -5)", twoD));
        put(expected, Shape.TWO_D.logical, 24, new byte[] {-5, -1, -1, -1});
        assertArrayEquals(expected, owned.bytes().get(), "an item of the typed 2-D memoryview");

        Value contiguous = Shape.CONTIGUOUS.of(owned.exporter());
        assertEquals("None", outcome("lambda v: memoryview(v).__setitem__(slice(0, 4), b'wxyz')", contiguous));
        put(expected, Shape.CONTIGUOUS.logical, 0, "wxyz".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertArrayEquals(expected, owned.bytes().get(), "a slice of the memoryview");
        assertEquals(HEX.formatHex(expected), context.eval("mview", "lambda v: v.hex()").execute(contiguous).asString(), "mview sees it too");
    }

    @ParameterizedTest
    @EnumSource(Backing.class)
    void readOnlyViewsRefuseWritesWithPythonErrors(Backing backing) {
        Backing.Owned owned = backing.make(context, initial());
        Value ro = context.eval("mview", "lambda x: memoryview(x).cast('B').toreadonly()").execute(owned.exporter());
        assertEquals("True", outcome("lambda v: memoryview(v).readonly", ro));
        assertEquals("TypeError: cannot modify read-only memory", outcome("lambda v: memoryview(v).__setitem__(0, 1)", ro));
        assertEquals("TypeError: readinto() argument must be read-write bytes-like object, not ForeignList",
                        outcome("lambda v: io.BytesIO(b'zzzz').readinto(v)", ro));
        assertEquals("TypeError: readinto() argument must be read-write bytes-like object, not memoryview",
                        outcome("lambda v: io.BytesIO(b'zzzz').readinto(memoryview(v))", ro));
        assertEquals("'" + HEX.formatHex(initial()) + "'", outcome("lambda v: bytes(v).hex()", ro));
        assertArrayEquals(initial(), owned.bytes().get());
    }

    /**
     * GraalPy 25.2's {@code struct.pack_into} writes into a read-only foreign buffer without asking
     * whether it is writable: the write is refused (nothing changes) but GraalPy reports it as an
     * internal error, the same for a read-only Java {@code ByteBuffer}. docs/polyglot.md says so;
     * this fails when GraalPy fixes it.
     */
    @Test
    void packIntoReadOnlyIsRefusedButGraalPyReportsAnInternalError() {
        byte[] memory = initial();
        Backing.Owned owned = Backing.JAVA_BYTE_ARRAY.make(context, memory);
        Value ro = context.eval("mview", "lambda x: memoryview(x).toreadonly()").execute(owned.exporter());
        PolyglotException e = assertThrows(PolyglotException.class, () -> py("lambda v: struct.pack_into('<i', v, 0, 5)").execute(ro));
        assertTrue(e.isInternalError(), e::toString);
        PolyglotException host = assertThrows(PolyglotException.class,
                        () -> py("lambda v: struct.pack_into('<i', v, 0, 5)").execute(ByteBuffer.wrap(memory.clone()).asReadOnlyBuffer()));
        assertTrue(host.isInternalError(), host::toString);
        assertArrayEquals(memory, owned.bytes().get());
    }

    @ParameterizedTest
    @EnumSource(Backing.class)
    void releasedViewsAreNoBuffersAndNeverReadStaleMemory(Backing backing) {
        Backing.Owned owned = backing.make(context, initial());
        Value v = Shape.CONTIGUOUS.of(owned.exporter());
        Value before = py("memoryview").execute(v);
        v.invokeMember("release");
        assertEquals("TypeError: memoryview: a bytes-like object is required, not 'polyglot.ForeignObject'", outcome("memoryview", v));
        assertEquals("TypeError: cannot convert 'polyglot.ForeignObject' object to bytes", outcome("bytes", v));
        assertEquals("TypeError: a bytes-like object is required, not 'polyglot.ForeignObject'", outcome("hashlib.sha256", v));
        String released = "ForeignException: ValueError: operation forbidden on released memoryview object";
        assertEquals(released, outcome("lambda m: m[0]", before), "a memoryview taken before the release");
        assertEquals(released, outcome("lambda m: m.tobytes()", before));
        assertEquals(released, outcome("lambda m: m.__setitem__(0, 1)", before));
        assertArrayEquals(initial(), owned.bytes().get());
    }

    // ---- expected values ----

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static int[] concat(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    private static byte[] pick(byte[] memory, int[] indices) {
        byte[] out = new byte[indices.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = memory[indices[i]];
        }
        return out;
    }

    /** Writes {@code bytes} at logical offset {@code at} of a view whose logical bytes map to {@code logical}. */
    private static void put(byte[] memory, int[] logical, int at, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            memory[logical[at + i]] = bytes[i];
        }
    }

    private static void put(byte[] memory, int[] logical, int at, int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) values[i];
        }
        put(memory, logical, at, bytes);
    }

    /** A Python {@code str}'s repr (the values here need no escapes). */
    private static String quoted(String s) {
        return "'" + s + "'";
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private static String littleEndianInts(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        StringJoiner out = new StringJoiner(" ");
        while (b.remaining() >= 4) {
            out.add(Integer.toString(b.getInt()));
        }
        return out.toString();
    }
}
