package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.tests.fuzz.FuzzOracle;

/**
 * Bounded multi-threaded stress ({@code mview.stress.millis}, default 3000): writers each own a
 * disjoint slice of one bytearray and write through whichever shared view they pick, readers read
 * through any view, and a releaser keeps creating, exporting and releasing views. Nothing but Python
 * errors may escape, no write is lost (each byte has a single writer), and at the end the export
 * count is exactly zero.
 */
class ThreadStressTest extends MViewTestSupport {

    static final int WRITERS = 3;
    static final int SLICE = 64;

    /**
     * Open finding (docs/security.md, finding 4): a view released by another thread while an interop
     * message is in flight flips {@code hasBufferElements}/{@code hasArrayElements} mid-call, which
     * Truffle's interop assertion layer (only active with {@code -ea}) reports as an invariant
     * violation. Memory safety is unaffected (the message itself raises the released-view error);
     * counted, not hidden.
     */
    static boolean isReleasedMidCallInvariant(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("Invariant contract violation for receiver <released memory");
    }

    static final java.util.concurrent.atomic.AtomicInteger RELEASED_MID_CALL = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void readersWritersAndReleasers() throws InterruptedException {
        long millis = Long.getLong("mview.stress.millis", 3000);
        PByteArray ba = new PByteArray(new byte[WRITERS * SLICE]);
        Value root = view(ba);
        List<Value> views = new CopyOnWriteArrayList<>(List.of(root));
        Queue<Throwable> findings = new ConcurrentLinkedQueue<>();
        byte[][] lastWritten = new byte[WRITERS][SLICE];
        long deadline = System.nanoTime() + millis * 1_000_000L;
        List<Thread> threads = new java.util.ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int id = w;
            threads.add(new Thread(() -> {
                Random r = new Random(id);
                while (System.nanoTime() < deadline) {
                    Value v = views.get(r.nextInt(views.size()));
                    int i = r.nextInt(SLICE);
                    byte b = (byte) r.nextInt();
                    try {
                        v.writeBufferByte(id * SLICE + i, b);
                        lastWritten[id][i] = b;
                    } catch (RuntimeException e) {
                        if (isReleasedMidCallInvariant(e)) {
                            RELEASED_MID_CALL.incrementAndGet();
                        } else if (!(FuzzOracle.isPythonError(e) || e instanceof UnsupportedOperationException)) {
                            findings.add(e);
                        }
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            Random r = new Random(99);
            while (System.nanoTime() < deadline) {
                Value v = views.get(r.nextInt(views.size()));
                try {
                    v.readBufferLong(ByteOrder.LITTLE_ENDIAN, r.nextInt(WRITERS * SLICE - 7));
                    v.invokeMember("tobytes");
                    v.invokeMember("hex");
                } catch (RuntimeException e) {
                    if (isReleasedMidCallInvariant(e)) {
                        RELEASED_MID_CALL.incrementAndGet();
                    } else if (!(FuzzOracle.isPythonError(e) || e instanceof UnsupportedOperationException)) {
                        findings.add(e);
                    }
                }
            }
        }));
        for (int k = 0; k < 2; k++) {
            int seed = k;
            threads.add(new Thread(() -> {
                Random r = new Random(1000 + seed);
                while (System.nanoTime() < deadline) {
                    try {
                        Value base = views.get(r.nextInt(views.size()));
                        switch (r.nextInt(5)) {
                            case 0 -> views.add(view(base));
                            case 1 -> views.add(base.invokeMember("cast", "B"));
                            case 2 -> {
                                Value grid = base.invokeMember("cast", "B", List.of(WRITERS, SLICE));
                                views.add(grid.invokeMember("cast", "B"));
                                grid.invokeMember("release");
                            }
                            case 3 -> {
                                Value export = builtin("PyObject_GetBuffer").execute(base, 0);
                                builtin("PyBuffer_Release").execute(export);
                            }
                            default -> {
                                if (views.size() > 1) {
                                    Value victim = views.get(1 + r.nextInt(views.size() - 1));
                                    victim.invokeMember("release"); // racing with the other releaser on purpose
                                    views.remove(victim);
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        if (!FuzzOracle.isPythonError(e)) {
                            findings.add(e);
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("stress: released-mid-call interop invariant reports: " + RELEASED_MID_CALL.get());
        assertTrue(findings.isEmpty(), () -> "unexpected errors: " + findings);
        for (int w = 0; w < WRITERS; w++) {
            for (int i = 0; i < SLICE; i++) {
                assertEquals(lastWritten[w][i], ba.bytes()[w * SLICE + i], "lost update at " + (w * SLICE + i));
            }
        }
        for (Value v : views) {
            v.invokeMember("release");
        }
        assertEquals(0, ba.exports(), "export count after releasing every view");
        ba.resize(new byte[1]);
    }
}
