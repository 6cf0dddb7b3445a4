package org.mview.language.buffer;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The views that hold a lock on an exporter (a bytearray that must not resize while viewed). CPython
 * frees a view the moment its last reference goes, which releases the export; on the JVM an
 * unreachable view lingers until a collection. So leases of collected views end as the collector
 * reports them, and an exporter that finds itself locked asks for a collection first
 * ({@link #reclaimUnreachable}) before refusing: {@code memoryview(ba)[:4].cast('i')} holds no lock
 * through its dropped temporaries, as in CPython.
 */
public final class ExportLeases {

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Set<ViewLease> LIVE = ConcurrentHashMap.newKeySet();
    /**
     * Held while a lease ends in the background and while a sweep runs, so that a sweep sees every
     * background end complete (exporter counts included) and never misses one in flight. Exporters
     * must not call back into this class while holding their own lock on the release path.
     */
    private static final Object SWEEP = new Object();

    private ExportLeases() {
    }

    /** Ends the leases of collected views in the background, as a Cleaner would. */
    private static final Thread REAPER = startReaper();

    private static Thread startReaper() {
        Thread reaper = new Thread(() -> {
            while (true) {
                try {
                    ViewLease lease = (ViewLease) QUEUE.remove();
                    synchronized (SWEEP) {
                        lease.end();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // An exporter's release failed; the next lease is independent of it.
                }
            }
        }, "mview export reaper");
        reaper.setDaemon(true);
        reaper.start();
        return reaper;
    }

    /** Tracks {@code view}; {@code endOfLife} unregisters it (and must be idempotent). */
    @TruffleBoundary
    public static ViewLease lease(Object view, Runnable endOfLife) {
        assert REAPER.isAlive();
        ViewLease lease = new ViewLease(view, endOfLife, QUEUE);
        LIVE.add(lease);
        return lease;
    }

    /** Stops tracking a view that was released explicitly. */
    @TruffleBoundary
    public static void forget(ViewLease lease) {
        LIVE.remove(lease);
    }

    /** Ends the leases of views the collector has already found unreachable. */
    @TruffleBoundary
    public static void drainQueue() {
        Reference<?> ref;
        while ((ref = QUEUE.poll()) != null) {
            ((ViewLease) ref).end();
        }
    }

    /**
     * Collects garbage and ends the leases of every view and export that turned out unreachable: the
     * slow path of an exporter about to refuse a resize, or of a release about to be refused. The
     * caller re-checks its counts afterwards.
     */
    @TruffleBoundary
    public static void reclaimUnreachable() {
        synchronized (SWEEP) {
            if (LIVE.isEmpty()) {
                return; // and every background end has completed: we hold the lock
            }
        }
        System.gc();
        synchronized (SWEEP) {
            for (ViewLease lease : LIVE) {
                if (lease.refersTo(null)) {
                    lease.end();
                }
            }
            drainQueue();
        }
    }
}
