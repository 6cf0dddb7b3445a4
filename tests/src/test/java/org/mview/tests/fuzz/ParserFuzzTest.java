package org.mview.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the front end: arbitrary bytes as mview source give a value or a Python error (a
 * SyntaxError, or a clean runtime error), never an internal error, a StackOverflowError or a hang
 * (a watchdog cancels an evaluation after {@link #HANG_SECONDS}). The oracle is generic so that it
 * holds for today's placeholder front end and for the real parser when it lands.
 */
class ParserFuzzTest {

    static final int HANG_SECONDS = 10;

    private static ScheduledExecutorService watchdog;

    @BeforeAll
    static void open() {
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mview-parser-fuzz-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void close() {
        watchdog.shutdownNow();
    }

    static void evaluate(byte[] data) {
        String text = (data.length > 0 && (data[0] & 1) != 0) ? new String(data, 1, data.length - 1, StandardCharsets.ISO_8859_1)
                        : new String(data, StandardCharsets.UTF_8);
        try (Context context = Context.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build()) {
            AtomicBoolean hung = new AtomicBoolean();
            ScheduledFuture<?> timer = watchdog.schedule(() -> {
                hung.set(true);
                context.close(true);
            }, HANG_SECONDS, TimeUnit.SECONDS);
            try {
                context.eval("mview", text);
            } catch (PolyglotException e) {
                if (hung.get() || e.isCancelled()) {
                    throw new AssertionError("evaluation hung for " + HANG_SECONDS + "s", e);
                }
                FuzzOracle.accept(e, "eval");
            } finally {
                timer.cancel(false);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void parser(byte[] data) {
        evaluate(data);
    }

    @Test
    void boundedRandom() {
        FuzzBudget.run("parser", 2000, 200, ParserFuzzTest::evaluate);
    }

    /** Structured stress on top of random bytes: deep nesting and long inputs. */
    @Test
    void deepAndLong() {
        for (String open : new String[]{"(", "[", "{", "-", "not ", "memoryview(", "x[", "lambda:"}) {
            evaluate(open.repeat(100_000).getBytes(StandardCharsets.UTF_8));
        }
        evaluate("a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8));
        evaluate("1+".repeat(200_000).concat("1").getBytes(StandardCharsets.UTF_8));
    }
}
