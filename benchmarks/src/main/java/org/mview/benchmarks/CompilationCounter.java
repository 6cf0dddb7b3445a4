package org.mview.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The engine's log handler in the suite: follows the {@code engine.TraceCompilationDetails} lines
 * (so that warm-up can wait until compilation has settled) and passes every other record through
 * to standard error.
 */
final class CompilationCounter extends Handler {

    /** {@code -Dmview.bench.traceCompilation=true} also prints the compilation lines. */
    private static final boolean TRACE = Boolean.getBoolean("mview.bench.traceCompilation");

    /** Every compilation event: queued, started, done, failed, invalidated, deoptimized. */
    private final LongAdder events = new LongAdder();
    /** Compilations started and not yet done or failed. */
    private final AtomicInteger running = new AtomicInteger();

    long events() {
        return events.sum();
    }

    boolean idle() {
        return running.get() <= 0;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        boolean compilation = message.contains("opt ");
        if (compilation) {
            events.increment();
            if (message.contains("opt start")) {
                running.incrementAndGet();
            } else if (message.contains("opt done") || message.contains("opt failed")) {
                running.decrementAndGet();
            }
        }
        if (TRACE || !compilation) {
            System.err.println("[" + record.getLoggerName() + "] " + message);
        }
    }

    @Override
    public void flush() {
        System.err.flush();
    }

    @Override
    public void close() {
    }
}
