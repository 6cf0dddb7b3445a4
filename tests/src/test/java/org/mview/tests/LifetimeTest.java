package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.BooleanSupplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.tests.fuzz.FuzzOracle;

/**
 * Lifetimes: released views, closed arenas and unmapped files give a clean error on next use; raw
 * addresses need native access and are validated; export counting is exact, including views and
 * exports that are dropped without being released (collected, then unregistered by a cleaner).
 */
class LifetimeTest extends MViewTestSupport {

    static final String RELEASED = "ValueError: operation forbidden on released memoryview object";

    @TempDir
    Path dir;

    private static void assertReleasedEverywhere(Value v) {
        assertPythonError(RELEASED, () -> v.invokeMember("cast", "B"));
        assertPythonError(RELEASED, () -> v.invokeMember("toreadonly"));
        assertMemoryGone(v);
    }

    /** Every operation that touches memory raises the released-view error (geometry-only ones may still work). */
    private static void assertMemoryGone(Value v) {
        assertPythonError(RELEASED, () -> v.invokeMember("tobytes"));
        assertPythonError(RELEASED, () -> v.invokeMember("tolist"));
        assertPythonError(RELEASED, () -> v.invokeMember("hex"));
        for (Runnable r : new Runnable[]{() -> v.readBufferByte(0), () -> v.writeBufferByte(0, (byte) 1), () -> v.getArrayElement(0)}) {
            RuntimeException e = assertThrows(RuntimeException.class, r::run);
            assertTrue(FuzzOracle.isPythonError(e, "ValueError") || e instanceof UnsupportedOperationException, () -> "not a clean error: " + e);
        }
    }

    @Test
    void releasedViewRefusesEverything() {
        Value v = view(range(16));
        v.invokeMember("release");
        v.invokeMember("release"); // idempotent
        assertReleasedEverywhere(v);
        assertPythonError(RELEASED, () -> view(v));
        assertPythonError(RELEASED, () -> builtin("PyObject_GetBuffer").execute(v, 0));
    }

    @Test
    void closedArenaIsAReleasedView() {
        Arena arena = Arena.ofShared();
        MemorySegment segment = arena.allocate(64);
        Value v = view(segment);
        Value ints = v.invokeMember("cast", "i");
        v.writeBufferByte(3, (byte) 7);
        arena.close();
        assertMemoryGone(v);
        assertMemoryGone(ints);
        assertMemoryGone(v.invokeMember("cast", "h")); // a view made after the close is no better
    }

    @Test
    void wrongThreadOfConfinedArenaIsAnError() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            Value v = view(arena.allocate(16));
            Throwable[] seen = new Throwable[1];
            Thread t = new Thread(() -> {
                try {
                    v.invokeMember("tobytes");
                } catch (Throwable e) {
                    seen[0] = e;
                }
            });
            t.start();
            t.join();
            assertTrue(seen[0] != null && FuzzOracle.isPythonError(seen[0], "ValueError"), () -> "not a clean error: " + seen[0]);
        }
    }

    @Test
    void unmappedFileIsAReleasedView() throws Exception {
        Path file = dir.resolve("mapped.bin");
        Files.write(file, range(4096));
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MemorySegment mapped = ch.map(FileChannel.MapMode.READ_WRITE, 0, 4096, arena);
            MemorySegment readOnly = ch.map(FileChannel.MapMode.READ_ONLY, 0, 4096, arena);
            Value v = view(mapped);
            Value ro = view(readOnly);
            assertEquals(5, v.getArrayElement(5).asInt());
            v.setArrayElement(5, 99);
            assertEquals(99, ro.getArrayElement(5).asInt());
            assertPythonError("TypeError: cannot modify read-only memory", () -> ro.setArrayElement(5, 1));
            arena.close(); // unmaps
            assertMemoryGone(v);
            assertMemoryGone(ro);
        }
    }

    @Test
    void rawAddressesNeedNativeAccess() {
        try (Arena arena = Arena.ofConfined(); Context denied = Context.newBuilder("mview").engine(engine()).allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build()) {
            MemorySegment segment = arena.allocate(16);
            Value fromMemory = denied.getBindings("mview").getMember("PyMemoryView_FromMemory");
            PolyglotExceptionAssert.python("ValueError: PyMemoryView_FromMemory(): raw memory addresses need native access", () -> fromMemory.execute(segment.address(), 16, 0x100));
            // allowed (the support context allows all access): valid address works, bad ones are refused
            Value ok = builtin("PyMemoryView_FromMemory").execute(segment.address(), 16, 0x200);
            ok.writeBufferByte(2, (byte) 42);
            assertEquals(42, segment.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 2));
            for (long bad : new long[]{0, -1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 3}) {
                PolyglotExceptionAssert.python("ValueError: PyMemoryView_FromMemory(): invalid address", () -> builtin("PyMemoryView_FromMemory").execute(bad, 16, 0x100));
            }
            PolyglotExceptionAssert.python("ValueError: PyMemoryView_FromMemory(): size must not be negative", () -> builtin("PyMemoryView_FromMemory").execute(segment.address(), -1, 0x100));
            PolyglotExceptionAssert.python("ValueError: PyMemoryView_FromMemory(): size 17 exceeds", () -> builtin("PyMemoryView_FromMemory").execute(new byte[16], 17, 0x100));
        }
    }

    private static void assertLocked(PByteArray ba) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ba.resize(new byte[3]));
        assertTrue(e.getMessage().contains("Existing exports of data: object cannot be re-sized"), e::getMessage);
    }

    @Test
    void exportCountingIsExact() {
        PByteArray ba = new PByteArray(range(8));
        Value v = view(ba);
        assertEquals(1, ba.exports());
        assertLocked(ba);
        Value c = v.invokeMember("cast", "B", java.util.List.of(2, 4));
        v.invokeMember("release");
        assertLocked(ba); // the cast child still holds the managed buffer
        Value export = builtin("PyObject_GetBuffer").execute(c, 0x18);
        assertPythonError("BufferError: memoryview has 1 exported buffer", () -> c.invokeMember("release"));
        builtin("PyBuffer_Release").execute(export);
        builtin("PyBuffer_Release").execute(export); // idempotent
        c.invokeMember("release");
        assertEquals(0, ba.exports());
        ba.resize(new byte[3]);
    }

    /**
     * Rows read through interop ({@code v[i]} of an N-D view) are not registered on the managed
     * buffer; they hold their parent's loan, which keeps the export alive after the parent's release
     * for as long as a row can read, and ends it once the rows are released or unreachable.
     */
    @Test
    void rowsReadThroughInteropKeepTheExportWhileReachable() throws InterruptedException {
        PByteArray ba = new PByteArray(range(8));
        Value v = view(ba).invokeMember("cast", "B", java.util.List.of(2, 4));
        Value row = v.getArrayElement(1);
        assertEquals(6, row.getArrayElement(2).asInt());
        v.invokeMember("release");
        assertEquals(1, ba.exports());
        assertLocked(ba); // the row can still read
        assertEquals(6, row.getArrayElement(2).asInt());
        row.setArrayElement(2, 60);
        assertEquals(60, ba.bytes()[6]);

        row.invokeMember("release");
        assertPythonError("ValueError: operation forbidden on released memoryview object", () -> row.getArrayElement(0));
        ba.resize(new byte[3]); // no row holds the loan: the refused resize reclaims it
        assertEquals(0, ba.exports());

        PByteArray dropped = new PByteArray(range(8));
        Value parent = view(dropped).invokeMember("cast", "B", java.util.List.of(2, 2, 2));
        readRowOfRow(parent);
        parent.invokeMember("release");
        awaitCollected(() -> dropped.exports() == 0); // the rows were dropped unreleased
        dropped.resize(new byte[3]);
    }

    private static void readRowOfRow(Value parent) {
        assertEquals(7, parent.getArrayElement(1).getArrayElement(1).getArrayElement(1).asInt());
    }

    private void dropViews(PByteArray ba) {
        Value v = view(ba);
        view(v);
        v.invokeMember("cast", "B");
        v.invokeMember("toreadonly");
        builtin("PyObject_GetBuffer").execute(ba, 0); // an export of the bytearray itself, dropped
    }

    private void dropExport(Value v) {
        builtin("PyObject_GetBuffer").execute(v, 0);
    }

    private static void awaitCollected(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(done.getAsBoolean(), "not collected within 20 s");
    }

    @Test
    void droppedViewsStopHoldingTheExport() throws InterruptedException {
        PByteArray ba = new PByteArray(range(8));
        dropViews(ba);
        assertTrue(ba.exports() > 0, "the dropped views still count until they are collected");
        // As in CPython, where they are freed at once, dropped views do not stop a resize: the
        // exporter collects garbage and reclaims them before it would refuse. (A collection is the
        // collector's decision, so the test allows it a few attempts.)
        awaitCollected(() -> {
            try {
                ba.resize(new byte[3]);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertEquals(0, ba.exports());
        assertEquals(3, ba.length());
    }

    @Test
    void droppedViewsAreReclaimedWithoutAResizeToo() throws InterruptedException {
        PByteArray ba = new PByteArray(range(8));
        dropViews(ba);
        awaitCollected(() -> ba.exports() == 0);
        Value live = view(ba);
        assertLocked(ba); // a live view still locks
        live.invokeMember("release");
        ba.resize(new byte[3]);
    }

    @Test
    void droppedExportStopsBlockingRelease() throws InterruptedException {
        PByteArray ba = new PByteArray(range(8));
        Value v = view(ba);
        Value held = builtin("PyObject_GetBuffer").execute(v, 0);
        assertPythonError("BufferError: memoryview has 1 exported buffer", () -> v.invokeMember("release"));
        builtin("PyBuffer_Release").execute(held);
        dropExport(v); // a second export, dropped without PyBuffer_Release
        // The dropped export no longer counts once collected, as in CPython; release() reclaims it.
        awaitCollected(() -> {
            try {
                v.invokeMember("release");
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        assertEquals(0, ba.exports());
    }

    private static long reapers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals("mview export reaper")).count();
    }

    @Test
    void exportReapersLiveWithTheirContexts() {
        try (org.graalvm.polyglot.Engine engine = org.graalvm.polyglot.Engine.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build()) {
            long before = reapers();
            org.graalvm.polyglot.Context first = org.graalvm.polyglot.Context.newBuilder("mview").engine(engine).build();
            first.initialize("mview");
            assertEquals(before + 1, reapers(), "a context starts its reaper");
            org.graalvm.polyglot.Context second = org.graalvm.polyglot.Context.newBuilder("mview").engine(engine).build();
            second.initialize("mview");
            assertEquals(before + 2, reapers());
            first.close();
            assertEquals(before + 1, reapers(), "disposal stops the context's reaper");
            second.eval("mview", "b = bytearray(8)\nmemoryview(b)[:4].cast('i')\nb.append(1)");
            second.close();
            assertEquals(before, reapers(), "after the last disposal no reaper is left");
        }
    }

    /** Python-error assertions by message prefix. */
    static final class PolyglotExceptionAssert {
        static void python(String prefix, Runnable r) {
            RuntimeException e = assertThrows(RuntimeException.class, r::run);
            assertTrue(FuzzOracle.isPythonError(e, prefix), () -> "expected " + prefix + ", got " + e);
        }
    }
}
