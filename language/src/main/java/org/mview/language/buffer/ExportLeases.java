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

    private ExportLeases() {
    }

    /** Tracks {@code view}; {@code endOfLife} unregisters it (and must be idempotent). */
    @TruffleBoundary
    public static ViewLease lease(Object view, Runnable endOfLife) {
        drainQueue();
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
     * Collects garbage and ends the leases of every view that turned out unreachable: the slow path of
     * an exporter that is about to refuse a resize. Returns whether any lease ended.
     */
    @TruffleBoundary
    public static boolean reclaimUnreachable() {
        if (LIVE.isEmpty()) {
            return false;
        }
        System.gc();
        boolean any = false;
        for (ViewLease lease : LIVE) {
            if (lease.refersTo(null)) {
                lease.end();
                any = true;
            }
        }
        drainQueue();
        return any;
    }
}
