package org.mview.language.buffer;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The holders of exports that must end when the holder is dropped: managed buffers over an exporter
 * that locks its memory (a bytearray must not resize while viewed) and {@code Py_buffer} exports.
 * CPython frees such a holder the moment its last reference goes, which releases the export; on the
 * JVM an unreachable holder lingers until a collection. So leases end as the collector reports them
 * ({@link #reap}, on the language's system thread), an exporter about to refuse a resize asks for a
 * collection first ({@link #reclaimUnreachable}: {@code memoryview(ba)[:4].cast('i')} holds no lock
 * through its dropped temporaries, as in CPython), and a view about to refuse a release ends the
 * leases already collected ({@link #reclaimCollected}).
 */
public final class ExportLeases {

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Set<ExportLease> LIVE = ConcurrentHashMap.newKeySet();
    /**
     * Held while a lease ends in the background and while a sweep runs, so that a sweep sees every
     * background end complete (exporter counts included) and never misses one in flight. Exporters
     * must not call back into this class while holding their own lock on the release path.
     */
    private static final Object SWEEP = new Object();

    private ExportLeases() {
    }

    /**
     * The reaper's work: ends the leases of collected holders in the background, as a Cleaner would,
     * until its thread is interrupted. The language runs it on a system thread of its own
     * ({@code ExportReaper}), from the first context of an engine to the disposal of the last.
     */
    public static void reap() {
        while (true) {
            try {
                ExportLease lease = (ExportLease) QUEUE.remove();
                synchronized (SWEEP) {
                    lease.end();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // An exporter's release failed; the next lease is independent of it.
            }
        }
    }

    /** Tracks {@code holder}; {@code endOfLife} ends its export (and must be idempotent). */
    @TruffleBoundary
    public static ExportLease lease(Object holder, Runnable endOfLife) {
        ExportLease lease = new ExportLease(holder, endOfLife, QUEUE);
        LIVE.add(lease);
        return lease;
    }

    /** Stops tracking a holder whose export ended explicitly. */
    @TruffleBoundary
    public static void forget(ExportLease lease) {
        LIVE.remove(lease);
    }

    /** Ends the leases of holders the collector has already queued. */
    private static void drainQueue() {
        Reference<?> ref;
        while ((ref = QUEUE.poll()) != null) {
            ((ExportLease) ref).end();
        }
    }

    /**
     * Collects garbage and ends the leases of every view and export that turned out unreachable: the
     * slow path of an exporter about to refuse a resize. The caller re-checks its counts afterwards.
     *
     * <p>The collection is measured to be needed: {@code memoryview(ba)[:4].cast('i')} followed by
     * {@code ba.append(0)} works in CPython, which frees the temporaries at once, and the differential
     * tester finds programs that do this; without a collection the resize is refused. It costs a full
     * collection on that path only (tens of milliseconds with a large heap), never on element access.
     */
    @TruffleBoundary
    public static void reclaimUnreachable() {
        synchronized (SWEEP) {
            if (LIVE.isEmpty()) {
                return; // and every background end has completed: we hold the lock
            }
        }
        System.gc();
        reclaimCollected();
    }

    /**
     * Ends the leases of holders the collector has already found unreachable, without asking for a
     * collection: the slow path of a {@code release()} about to be refused because of exports. An
     * export dropped without {@code PyBuffer_Release} is a leak in C; here it ends once collected.
     */
    @TruffleBoundary
    public static void reclaimCollected() {
        synchronized (SWEEP) {
            for (ExportLease lease : LIVE) {
                if (lease.refersTo(null)) {
                    lease.end();
                }
            }
            drainQueue();
        }
    }
}
