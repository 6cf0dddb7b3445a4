package org.mview.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The geometry fuzz target: a random {@code Py_buffer} (format, itemsize, shape, strides, offset,
 * suboffsets, read-only flag) over one of three storages, {@code PyMemoryView_FromBuffer}, then a
 * random sequence of view operations. Oracles:
 * <ol>
 * <li>nothing but Python errors (and polyglot contract errors) escapes ({@link FuzzOracle});</li>
 * <li>storage bounds: a host {@code byte[]} and a guarded native segment slice are bounds-checked by
 * the JVM (an escape is an internal error), the guard bytes around the slice keep their canary, and
 * the {@link RecordingBuffer} sees no access outside itself;</li>
 * <li>window bounds: without suboffsets, every access lies inside the extent the root geometry
 * describes (a view never reads its neighbours' bytes);</li>
 * <li>read-only: read-only memory and memory under a read-only root is unchanged, and a write through a
 * view whose {@code readonly} is true never succeeds;</li>
 * <li>reference model: for plain integer formats without suboffsets, {@code tolist()} and
 * {@code tobytes('C'/'F'/'A')} equal what plain Java computes from the raw bytes.</li>
 * </ol>
 */
public final class GeometryTarget implements AutoCloseable {

    private static final int GUARD = 64;
    private static final byte CANARY = (byte) 0xA5;
    private static final String[] FORMATS = {"B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "?", "P", "@B", "<i", ">h", "=q", "2B",
                    "x", "T{i}", "w", "", "Bx", "3s", "Zd", "@", "bb"};
    private static final String[] CAST_FORMATS = {"B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "?", "P", "@B", "<i", "x", "", "@@"};

    private final Context context;
    private final Value bindings;

    public GeometryTarget() {
        context = Context.newBuilder("mview").allowAllAccess(true).allowNativeAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        bindings = context.getBindings("mview");
    }

    @Override
    public void close() {
        context.close();
    }

    private Value builtin(String name) {
        return bindings.getMember(name);
    }

    /** One execution. Throws AssertionError on a finding. */
    public void run(byte[] data) {
        FuzzInput in = new FuzzInput(data);
        int kind = in.range(0, 2);
        int size = in.range(0, 200);
        boolean readonlyMemory = in.bool();
        byte[] initial = new byte[size];
        for (int i = 0; i < size; i++) {
            initial[i] = (byte) (i * 37 + 11);
        }
        try (Arena arena = Arena.ofConfined()) {
            Object buf;
            MemorySegment guarded = null;
            RecordingBuffer recording = null;
            byte[] heap = null;
            switch (kind) {
                case 0 -> {
                    heap = initial.clone();
                    buf = heap;
                }
                case 1 -> {
                    guarded = arena.allocate(size + 2L * GUARD);
                    guarded.fill(CANARY);
                    MemorySegment slice = guarded.asSlice(GUARD, size);
                    MemorySegment.copy(initial, 0, slice, ValueLayout.JAVA_BYTE, 0, size);
                    buf = readonlyMemory ? slice.asReadOnly() : slice;
                }
                default -> {
                    recording = new RecordingBuffer(initial.clone(), !readonlyMemory);
                    buf = recording;
                }
            }
            Geometry g = Geometry.random(in, size);
            Value root;
            try {
                Value info = builtin("Py_buffer").execute(buf, null, g.len, g.itemsize, g.readonly, g.ndim, g.format, g.shapeArg(), g.stridesArg(), g.suboffsetsArg(),
                                g.offset);
                root = builtin("PyMemoryView_FromBuffer").execute(info);
            } catch (RuntimeException e) {
                FuzzOracle.accept(e, "FromBuffer " + g);
                return;
            }
            boolean rootReadonly = root.getMember("readonly").asBoolean();
            // heap byte[] storage is writable memory: only a read-only root protects it
            boolean protectedMemory = rootReadonly || (readonlyMemory && kind != 0);
            if (g.suboffsets == null) {
                checkModel(root, g, initial);
            }
            new Session(in, root).run();
            // oracles on the memory
            byte[] after = switch (kind) {
                case 0 -> heap;
                case 1 -> guarded.asSlice(GUARD, size).toArray(ValueLayout.JAVA_BYTE);
                default -> recording.bytes();
            };
            if (protectedMemory) {
                assertArrayEquals(initial, after, () -> "read-only memory changed: " + g);
            }
            if (guarded != null) {
                for (long i = 0; i < GUARD; i++) {
                    long j = i;
                    assertEquals(CANARY, guarded.get(ValueLayout.JAVA_BYTE, i), () -> "guard byte " + j + " before the slice changed: " + g);
                    assertEquals(CANARY, guarded.get(ValueLayout.JAVA_BYTE, GUARD + size + i), () -> "guard byte " + j + " after the slice changed: " + g);
                }
            }
            if (recording != null) {
                long[] extent = g.suboffsets == null ? g.extent() : new long[]{0, size};
                for (RecordingBuffer.Access a : recording.accesses()) {
                    assertTrue(!(a.write() && protectedMemory), () -> "write to read-only memory " + a + ": " + g);
                    assertTrue(a.offset() >= extent[0] && a.offset() + a.length() <= extent[1] || a.length() == 0,
                                    () -> "access " + a + " outside [" + extent[0] + ", " + extent[1] + "): " + g);
                }
            }
        }
    }

    /** The random Py_buffer. Arrays may be inconsistent on purpose. */
    record Geometry(String format, Long itemsize, Long len, boolean readonly, long ndim, long[] shape, long[] strides, long[] suboffsets, long offset, int size) {

        static Geometry random(FuzzInput in, int size) {
            String format = in.range(0, 15) == 0 ? in.asciiString(4) : in.pick(FORMATS);
            Long itemsize = switch (in.range(0, 5)) {
                case 0 -> null;
                case 1 -> (long) in.range(-1, 17);
                default -> (long) naturalSize(format);
            };
            int ndim = in.range(0, 10) == 0 ? in.range(0, 66) : in.range(0, 4);
            long[] shape = new long[Math.min(ndim, 66)];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = in.range(0, 30) == 0 ? in.interestingLong() : in.range(0, 5);
            }
            long item = itemsize == null || itemsize <= 0 ? 1 : itemsize;
            long[] strides = switch (in.range(0, 4)) {
                case 0 -> null;
                case 1 -> fortran(shape, item);
                case 2 -> {
                    long[] s = new long[shape.length];
                    for (int d = 0; d < s.length; d++) {
                        s[d] = in.range(0, 20) == 0 ? in.interestingLong() : in.range(-40, 40);
                    }
                    yield s;
                }
                default -> c(shape, item);
            };
            long[] suboffsets = null;
            if (in.range(0, 5) == 0 && shape.length > 0) {
                suboffsets = new long[shape.length];
                for (int d = 0; d < suboffsets.length; d++) {
                    suboffsets[d] = in.range(-2, size + 2);
                }
            }
            long offset = in.range(0, 20) == 0 ? in.interestingLong() : in.range(0, size);
            Long len = null;
            if (in.range(0, 3) == 0) {
                len = (long) in.range(-1, size + 1);
            }
            long ndimArg = in.range(0, 20) == 0 ? in.range(-1, 70) : shape.length;
            return new Geometry(format, itemsize, len, in.bool(), ndimArg, shape, strides, suboffsets, offset, size);
        }

        Object shapeArg() {
            return shape == null ? null : Arrays.stream(shape).boxed().toList();
        }

        Object stridesArg() {
            return strides == null ? null : Arrays.stream(strides).boxed().toList();
        }

        Object suboffsetsArg() {
            return suboffsets == null ? null : Arrays.stream(suboffsets).boxed().toList();
        }

        long[] effectiveStrides(long item) {
            return strides != null ? strides : c(shape, item);
        }

        /** {@code [low, high)} of the bytes the root layout may touch (no suboffsets); empty if no elements. */
        long[] extent() {
            long item = itemsize == null ? naturalSize(format) : itemsize;
            long[] s = effectiveStrides(item);
            long low = offset;
            long high = offset + item;
            for (int d = 0; d < shape.length; d++) {
                if (shape[d] == 0) {
                    return new long[]{offset, offset};
                }
                long span = (shape[d] - 1) * s[d];
                if (span < 0) {
                    low += span;
                } else {
                    high += span;
                }
            }
            if (shape.length == 0 && ndim != 0) {
                return new long[]{0, size};
            }
            return new long[]{low, high};
        }

        @Override
        public String toString() {
            return "Py_buffer(format='" + format + "', itemsize=" + itemsize + ", len=" + len + ", readonly=" + readonly + ", ndim=" + ndim + ", shape=" + Arrays.toString(shape) +
                            ", strides=" + Arrays.toString(strides) + ", suboffsets=" + Arrays.toString(suboffsets) + ", offset=" + offset + ") over " + size + " bytes";
        }
    }

    static int naturalSize(String format) {
        return switch (format.replace("@", "")) {
            case "h", "H", "e", ">h" -> 2;
            case "i", "I", "f", "<i", "T{i}" -> 4;
            case "l", "L", "q", "Q", "n", "N", "d", "P", "=q", "Zd" -> 8;
            case "2B", "bb" -> 2;
            case "3s" -> 3;
            default -> 1;
        };
    }

    static long[] c(long[] shape, long item) {
        long[] s = new long[shape.length];
        long stride = item;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = stride;
            stride *= shape[d];
        }
        return s;
    }

    static long[] fortran(long[] shape, long item) {
        long[] s = new long[shape.length];
        long stride = item;
        for (int d = 0; d < shape.length; d++) {
            s[d] = stride;
            stride *= shape[d];
        }
        return s;
    }

    // ---- reference model ----

    private static void checkModel(Value root, Geometry g, byte[] memory) {
        String f = g.format;
        if (!"B b h H i I l L q Q".contains(f) || f.isEmpty() || f.contains(" ") || g.ndim > 6 || root.getMember("ndim").asLong() != g.shape.length) {
            return;
        }
        int item = naturalSize(f);
        if (g.itemsize != null && g.itemsize != item) {
            return;
        }
        long[] shape = g.shape;
        long[] strides = g.effectiveStrides(item);
        long count = 1;
        for (long dim : shape) {
            count *= dim;
        }
        boolean signed = Character.isLowerCase(f.charAt(0));
        // C order element list
        List<BigInteger> expected = new ArrayList<>();
        ByteArrayOutputStreamLite cImage = new ByteArrayOutputStreamLite();
        long[] idx = new long[shape.length];
        for (long n = 0; n < count; n++) {
            long rest = n;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = rest % shape[d];
                rest /= shape[d];
            }
            int at = (int) element(g.offset, strides, idx);
            expected.add(value(memory, at, item, signed));
            cImage.write(memory, at, item);
        }
        ByteArrayOutputStreamLite fImage = new ByteArrayOutputStreamLite();
        for (long n = 0; n < count; n++) {
            long rest = n;
            for (int d = 0; d < shape.length; d++) {
                idx[d] = rest % shape[d];
                rest /= shape[d];
            }
            fImage.write(memory, (int) element(g.offset, strides, idx), item);
        }
        List<BigInteger> actual = new ArrayList<>();
        flatten(root.invokeMember("tolist"), actual);
        assertEquals(expected, actual, () -> "tolist() differs from the model: " + g);
        assertArrayEquals(cImage.toByteArray(), bytes(root.invokeMember("tobytes", "C")), () -> "tobytes('C') differs from the model: " + g);
        assertArrayEquals(fImage.toByteArray(), bytes(root.invokeMember("tobytes", "F")), () -> "tobytes('F') differs from the model: " + g);
        boolean fOnly = root.getMember("f_contiguous").asBoolean() && !root.getMember("c_contiguous").asBoolean();
        assertArrayEquals(fOnly ? fImage.toByteArray() : cImage.toByteArray(), bytes(root.invokeMember("tobytes", "A")), () -> "tobytes('A') differs from the model: " + g);
        if (count > 0 && count * item == cImage.toByteArray().length) {
            byte[] viaInterop = new byte[(int) root.getBufferSize()];
            root.readBuffer(0, viaInterop, 0, viaInterop.length);
            assertArrayEquals(cImage.toByteArray(), viaInterop, () -> "interop readBuffer differs from the model: " + g);
        }
    }

    private static long element(long offset, long[] strides, long[] idx) {
        long at = offset;
        for (int d = 0; d < idx.length; d++) {
            at += idx[d] * strides[d];
        }
        return at;
    }

    private static BigInteger value(byte[] memory, int at, int item, boolean signed) {
        byte[] be = new byte[item];
        for (int i = 0; i < item; i++) {
            be[item - 1 - i] = memory[at + i];
        }
        return signed ? new BigInteger(be) : new BigInteger(1, be);
    }

    private static void flatten(Value v, List<BigInteger> out) {
        if (v.hasArrayElements()) {
            for (long i = 0; i < v.getArraySize(); i++) {
                flatten(v.getArrayElement(i), out);
            }
        } else {
            out.add(v.fitsInLong() ? BigInteger.valueOf(v.asLong()) : v.asBigInteger());
        }
    }

    static byte[] bytes(Value b) {
        byte[] out = new byte[(int) b.getBufferSize()];
        b.readBuffer(0, out, 0, out.length);
        return out;
    }

    private static final class ByteArrayOutputStreamLite extends java.io.ByteArrayOutputStream {
    }

    // ---- the random op sequence ----

    private final class Session {
        private final FuzzInput in;
        private final List<Value> views = new ArrayList<>();
        private final List<Value> exports = new ArrayList<>();

        Session(FuzzInput in, Value root) {
            this.in = in;
            views.add(root);
        }

        void run() {
            int ops = in.range(0, 40);
            for (int i = 0; i < ops && !in.exhausted(); i++) {
                Value v = views.get(in.range(0, views.size() - 1));
                int op = in.range(0, 24);
                try {
                    step(op, v);
                } catch (RuntimeException e) {
                    FuzzOracle.accept(e, "op " + op);
                }
            }
            // tear down: exports first, then every view; nothing may throw but Python errors
            for (Value e : exports) {
                builtin("PyBuffer_Release").execute(e);
            }
            for (Value v : views) {
                try {
                    v.invokeMember("release");
                } catch (RuntimeException e) {
                    FuzzOracle.accept(e, "release");
                }
            }
        }

        private boolean readonly(Value v) {
            try {
                return v.getMember("readonly").asBoolean();
            } catch (RuntimeException e) {
                return false; // released: every write must fail anyway
            }
        }

        private void write(Value v, Runnable write) {
            boolean ro = readonly(v);
            write.run();
            assertTrue(!ro, "a write through a read-only view succeeded");
        }

        private long offset(Value v) {
            long size;
            try {
                size = v.getBufferSize();
            } catch (RuntimeException e) {
                size = 16;
            }
            return in.range(0, 8) == 0 ? in.interestingLong() : in.range(-2, (int) Math.min(size + 2, 100000));
        }

        private ByteOrder order() {
            return in.bool() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        }

        private Object element() {
            return switch (in.range(0, 5)) {
                case 0 -> in.interestingLong();
                case 1 -> in.range(0, 255) / 7.0;
                case 2 -> in.bool();
                case 3 -> "x";
                default -> in.range(-1, 256);
            };
        }

        private void step(int op, Value v) {
            switch (op) {
                case 0 -> {
                    String fmt = in.pick(CAST_FORMATS);
                    if (in.bool()) {
                        views.add(v.invokeMember("cast", fmt));
                    } else {
                        long[] shape = new long[in.range(0, 4)];
                        for (int d = 0; d < shape.length; d++) {
                            shape[d] = in.range(0, 12) == 0 ? in.interestingLong() : in.range(0, 8);
                        }
                        views.add(v.invokeMember("cast", fmt, Arrays.stream(shape).boxed().toList()));
                    }
                }
                case 1 -> {
                    Value e = v.getArrayElement(in.range(-1, 6));
                    if (e.hasMembers() && e.hasArrayElements() || e.hasBufferElements()) {
                        views.add(e);
                    }
                }
                case 2 -> {
                    long index = in.range(-1, 6);
                    Object value = element();
                    write(v, () -> v.setArrayElement(index, value));
                }
                case 3 -> v.invokeMember("tobytes", in.pick(new String[]{"C", "F", "A", "X"}));
                case 4 -> v.invokeMember("tolist");
                case 5 -> v.invokeMember("hex");
                case 6 -> v.readBufferByte(offset(v));
                case 7 -> v.readBufferShort(order(), offset(v));
                case 8 -> v.readBufferInt(order(), offset(v));
                case 9 -> v.readBufferLong(order(), offset(v));
                case 10 -> v.readBufferDouble(order(), offset(v));
                case 11 -> {
                    long off = offset(v);
                    int length = in.range(0, 8) == 0 ? in.range(-1, 300) : in.range(0, 40);
                    byte[] dst = new byte[in.range(0, 64)];
                    v.readBuffer(off, dst, in.range(0, 8), length);
                }
                case 12 -> {
                    long off = offset(v);
                    byte b = (byte) in.nextByte();
                    write(v, () -> v.writeBufferByte(off, b));
                }
                case 13 -> {
                    long off = offset(v);
                    ByteOrder o = order();
                    write(v, () -> v.writeBufferInt(o, off, 0x5A5A5A5A));
                }
                case 14 -> {
                    long off = offset(v);
                    ByteOrder o = order();
                    write(v, () -> v.writeBufferLong(o, off, -1L));
                }
                case 15 -> {
                    long off = offset(v);
                    ByteOrder o = order();
                    write(v, () -> v.writeBufferShort(o, off, (short) 0x7777));
                }
                case 16 -> views.add(builtin("PyMemoryView_GetContiguous").execute(v, in.bool() ? 0x100 : 0x200, in.pick(new String[]{"C", "F", "A"})));
                case 17 -> views.add(v.invokeMember("toreadonly"));
                case 18 -> v.invokeMember("release");
                case 19 -> exports.add(builtin("PyObject_GetBuffer").execute(v, in.range(0, 0x1ff)));
                case 20 -> {
                    if (!exports.isEmpty()) {
                        builtin("PyBuffer_Release").execute(exports.remove(in.range(0, exports.size() - 1)));
                    }
                }
                case 21 -> views.add(builtin("memoryview").execute(v));
                case 22 -> {
                    for (String a : new String[]{"shape", "strides", "suboffsets", "nbytes", "format", "c_contiguous", "f_contiguous", "obj"}) {
                        v.getMember(a);
                    }
                }
                case 23 -> {
                    Value other = views.get(in.range(0, views.size() - 1));
                    v.equals(other);
                    builtin("PyMemoryView_GET_BUFFER").execute(v).getMember("shape");
                }
                default -> {
                    Value it = v.getIterator();
                    int n = 0;
                    while (it.hasIteratorNextElement() && n++ < 64) {
                        it.getIteratorNextElement();
                    }
                }
            }
        }
    }
}
