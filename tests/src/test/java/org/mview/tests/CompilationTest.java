package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Proof that element access and copies compile: hot JS loops over mview views run on the optimizing
 * runtime with compilation failures turned into errors and every performance warning traced. Asserts
 * facts about compilation (it happened, no warning names mview code), never timings.
 */
class CompilationTest {

    private static final String SUM_LOOP = """
                    (function(view) {
                        let sum = 0;
                        const n = view.length;
                        for (let i = 0; i < n; i++) { sum += view[i]; }
                        return sum;
                    })""";

    private static final String WRITE_LOOP = """
                    (function(view) {
                        const n = view.length;
                        for (let i = 0; i < n; i++) { view[i] = i; }
                        return n;
                    })""";

    private static final String BUFFER_LOOP = """
                    (function(view) {
                        const d = new DataView(view);
                        let sum = 0;
                        for (let i = 0; i + 8 <= d.byteLength; i += 8) { sum += d.getFloat64(i, true); }
                        return sum;
                    })""";

    private record Run(String log, Object result) {
    }

    private static Run run(String loop, String setup, int iterations) {
        assumeFalse(Boolean.getBoolean("truffle.UseFallbackRuntime"), "needs the optimizing runtime");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Engine engine = Engine.newBuilder("js", "mview").allowExperimentalOptions(true)
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.TracePerformanceWarnings", "all")
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.WarnInterpreterOnly", "false")
                        .logHandler(log).build();
                        Context context = Context.newBuilder("js", "mview").engine(engine).allowAllAccess(true).build()) {
            assumeFalse(engine.getImplementationName().equals("Interpreted"), "needs the optimizing runtime");
            Value view = context.eval("mview", "memoryview").execute(new byte[8 * 4096]);
            Value prepared = setup.isEmpty() ? view : view.invokeMember("cast", setup);
            Value function = context.eval("js", loop);
            Object result = null;
            for (int i = 0; i < iterations; i++) {
                result = function.execute(prepared).as(Object.class);
            }
            return new Run(log.toString(StandardCharsets.UTF_8), result);
        }
    }

    private static void assertCompiledCleanly(Run run) {
        assertTrue(run.log().contains("opt done"), () -> "no compilation happened:\n" + run.log());
        List<String> warnings = run.log().lines().filter(l -> l.contains("perf warn") || l.contains("opt fail")).toList();
        List<String> ours = warnings.stream().filter(l -> l.contains("mview") || l.contains("org.mview")).toList();
        assertTrue(ours.isEmpty(), () -> "performance warnings in mview code:\n" + String.join("\n", warnings) + "\n" + run.log());
        assertFalse(run.log().contains("opt fail"), () -> "a compilation failed:\n" + run.log());
        long compiled = run.log().lines().filter(l -> l.contains("opt done")).count();
        System.out.println("compiled " + compiled + " call targets; performance warnings: " + warnings.size() + " (none in mview code)");
    }

    @Test
    void readArrayElementLoopCompiles() {
        Run run = run(SUM_LOOP, "d", 300);
        assertEquals(0.0, ((Number) run.result()).doubleValue());
        assertCompiledCleanly(run);
    }

    @Test
    void writeArrayElementLoopCompiles() {
        Run run = run(WRITE_LOOP, "i", 300);
        assertEquals(8192, ((Number) run.result()).intValue());
        assertCompiledCleanly(run);
    }

    @Test
    void bufferReadLoopCompiles() {
        Run run = run(BUFFER_LOOP, "", 300);
        assertEquals(0.0, ((Number) run.result()).doubleValue());
        assertCompiledCleanly(run);
    }
}
