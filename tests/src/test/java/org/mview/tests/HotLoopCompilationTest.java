package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof of compilation for the hot workloads of the performance suite (issue 7): 1 (JS sum over a
 * strided {@code d} view, through {@code new Float64Array(view)} and through {@code view[i]}),
 * 2 (GraalPy loop over an mview view), 3 ({@code tobytes()} of a strided view called in a hot loop) and
 * 9 (slices made by an mview lambda called from a JS loop, and {@code m[i]} the same way) and
 * 10 (JS writes into a strided {@code i} view). On the optimizing runtime with
 * {@code CompilationFailureAction=Throw} and every performance warning traced, each workload is warmed
 * up, then run again: the second phase must neither compile nor invalidate nor deoptimize anything (no
 * deoptimization loop), and no warning names mview code (no boundary call or virtual dispatch left on
 * the element path). Facts about compilation, never timings.
 */
class HotLoopCompilationTest {

    private static final int ELEMENTS = 3 * 4096;
    private static final int WARMUP = 400;
    private static final int STEADY = 200;

    private static ByteArrayOutputStream log;
    private static Engine engine;
    private static Context context;

    @BeforeAll
    static void open() {
        assumeFalse(Boolean.getBoolean("truffle.UseFallbackRuntime"), "needs the optimizing runtime");
        log = new ByteArrayOutputStream();
        engine = Engine.newBuilder("js", "python", "mview").allowExperimentalOptions(true)
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.TracePerformanceWarnings", "all")
                        .option("engine.TraceCompilation", "true")
                        .option("engine.TraceDeoptimizeFrame", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .option("engine.WarnInterpreterOnly", "false")
                        .logHandler(log).build();
        // the option only adds workload 13's N-D slicing; it changes nothing the other workloads do
        context = Context.newBuilder("js", "python", "mview").engine(engine).allowAllAccess(true).option("mview.Extensions", "true").build();
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
            engine.close();
        }
    }

    private static synchronized String logSoFar() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Warms {@code body} up, then runs it again and returns the log of the steady phase; checks the warm-up log too. */
    private static String steadyState(String name, Function<Integer, Object> body) {
        assumeFalse(engine.getImplementationName().equals("Interpreted"), "needs the optimizing runtime");
        int before = logSoFar().length();
        for (int i = 0; i < WARMUP; i++) {
            body.apply(i);
        }
        String warm = logSoFar().substring(before);
        assertTrue(warm.contains("opt done"), () -> name + ": nothing compiled during warm-up:\n" + warm);
        assertFalse(warm.contains("opt fail"), () -> name + ": a compilation failed:\n" + warm);
        List<String> ours = warm.lines().filter(l -> l.contains("perf warn") && (l.contains("mview") || l.contains("org.mview"))).toList();
        assertTrue(ours.isEmpty(), () -> name + ": performance warnings in mview code:\n" + String.join("\n", ours));
        int steadyStart = logSoFar().length();
        for (int i = 0; i < STEADY; i++) {
            body.apply(i);
        }
        String steady = logSoFar().substring(steadyStart);
        List<String> events = steady.lines().filter(l -> l.contains("opt done") || l.contains("opt inval") || l.contains("opt deopt") || l.contains("Deoptimiz") || l.contains("transferToInterpreter")).toList();
        assertTrue(events.isEmpty(), () -> name + ": compilation activity after warm-up (deoptimization loop?):\n" + String.join("\n", events));
        System.out.println(name + ": compiled " + warm.lines().filter(l -> l.contains("opt done")).count() + " call targets during warm-up; nothing after");
        return steady;
    }

    private static Value stridedDoubles() {
        return context.eval("mview", "memoryview(bytearray(" + 8 * ELEMENTS + ")).cast('d')[::3]");
    }

    @Test
    void workload1TypedArrayOverStridedView() {
        Value view = stridedDoubles();
        Value sum = context.eval("js", "(function(v) { const a = new Float64Array(v); let s = 0; for (let i = 0; i < a.length; i++) { s += a[i]; } return s; })");
        steadyState("1 Float64Array(view)", i -> sum.execute(view));
        assertEquals(0.0, sum.execute(view).asDouble());
    }

    @Test
    void workload1IndexingStridedView() {
        Value view = stridedDoubles();
        Value sum = context.eval("js", "(function(v) { let s = 0; for (let i = 0; i < v.length; i++) { s += v[i]; } return s; })");
        steadyState("1 view[i]", i -> sum.execute(view));
        assertEquals(0.0, sum.execute(view).asDouble());
    }

    @Test
    void workload2GraalPyLoopOverView() {
        Value view = stridedDoubles();
        context.eval("python", "def run_sum(v):\n    s = 0.0\n    for i in range(len(v)):\n        s += v[i]\n    return s\n");
        Value sum = context.getBindings("python").getMember("run_sum");
        steadyState("2 GraalPy v[i]", i -> sum.execute(view));
        assertEquals(0.0, sum.execute(view).asDouble());
    }

    @Test
    void workload3TobytesInHotLoop() {
        Value view = context.eval("mview", "memoryview(bytearray(" + 2 * ELEMENTS + "))[::2]");
        Value copy = context.eval("js", "(function(v) { let n = 0; for (let k = 0; k < 4; k++) { n += v.tobytes().length; } return n; })");
        steadyState("3 tobytes()", i -> copy.execute(view));
        assertEquals(4 * ELEMENTS, copy.execute(view).asInt());
    }

    @Test
    void workload10WritesIntoStridedView() {
        Value view = context.eval("mview", "memoryview(bytearray(" + 4 * ELEMENTS + ")).cast('i')[::2]");
        Value viaIndex = context.eval("js", "(function(v) { for (let i = 0; i < v.length; i++) { v[i] = i; } return v.length; })");
        Value viaTyped = context.eval("js", "(function(v) { const a = new Int32Array(v); for (let i = 0; i < a.length; i++) { a[i] = i; } return a.length; })");
        steadyState("10 view[i] = i", i -> viaIndex.execute(view));
        steadyState("10 Int32Array(view)", i -> viaTyped.execute(view));
        assertEquals(ELEMENTS / 2 - 1, view.getArrayElement(ELEMENTS / 2 - 1).asInt());
    }

    @Test
    void workload9SlicesFromAnMviewLambda() {
        Value view = context.eval("mview", "memoryview(bytearray(" + (ELEMENTS + 16) + "))");
        Value slice = context.eval("mview", "lambda m, i: m[i:i+16]");
        Value item = context.eval("mview", "lambda m, i: m[i]");
        Value slices = context.eval("js", "(function(f, m, n) { let total = 0; for (let i = 0; i < n; i++) { total += f(m, i).nbytes; } return total; })");
        Value items = context.eval("js", "(function(f, m, n) { let total = 0; for (let i = 0; i < n; i++) { total += f(m, i); } return total; })");
        steadyState("9 lambda m[i:i+16]", i -> slices.execute(slice, view, ELEMENTS));
        steadyState("lambda m[i]", i -> items.execute(item, view, ELEMENTS));
        assertEquals(16 * ELEMENTS, slices.execute(slice, view, ELEMENTS).asInt());
        assertEquals(0, items.execute(item, view, ELEMENTS).asInt());
    }

    @Test
    void memberReadsAndMethodCallsFromJsLoops() {
        Value view = context.eval("mview", "memoryview(bytearray(range(16)))");
        Value members = context.eval("js", "(function(v, n) { let s = 0; for (let i = 0; i < n; i++) { s += v.nbytes + v.format.length + v.cast('i').length + v.tobytes().length; } return s; })");
        Value lambda = context.eval("mview", "lambda m, i: m.nbytes + m.tobytes()[i & 15] + len(m.cast('i'))");
        Value calls = context.eval("js", "(function(f, m, n) { let s = 0; for (let i = 0; i < n; i++) { s += f(m, i); } return s; })");
        steadyState("12 view.nbytes/format/cast/tobytes", i -> members.execute(view, ELEMENTS));
        steadyState("12 lambda m.nbytes, m.tobytes(), m.cast()", i -> calls.execute(lambda, view, ELEMENTS));
        assertEquals(ELEMENTS * (16 + 1 + 4 + 16), members.execute(view, ELEMENTS).asInt());
        assertEquals(ELEMENTS / 16 * (16 * 20 + 120), calls.execute(lambda, view, ELEMENTS).asInt());
    }

    /**
     * Issue 12: calls compile to direct calls. An mview lambda calling another lambda, a builtin
     * function and a type's constructor; JS calling an mview builtin and a bound method it read once.
     */
    @Test
    void lambdaBuiltinAndConstructorCallsCompileToDirectCalls() {
        Value view = context.eval("mview", "memoryview(bytearray(range(16)))");
        Value lambda = context.eval("mview", "inc = lambda x: x + 1\nlambda m, i: inc(i & 7) + len(m) + int(m[i & 15])");
        Value calls = context.eval("js", "(function(f, m, n) { let s = 0; for (let i = 0; i < n; i++) { s += f(m, i); } return s; })");
        Value len = context.eval("mview", "len");
        Value builtins = context.eval("js", "(function(len, v, n) { const tb = v.tobytes; let s = 0; for (let i = 0; i < n; i++) { s += len(v) + tb().length; } return s; })");
        steadyState("12 lambda calls lambda, len, int", i -> calls.execute(lambda, view, ELEMENTS));
        steadyState("12 JS calls len(v), bound v.tobytes", i -> builtins.execute(len, view, ELEMENTS));
        assertEquals(ELEMENTS / 8 * (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8) + ELEMENTS * 16 + ELEMENTS / 16 * 120, calls.execute(lambda, view, ELEMENTS).asInt());
        assertEquals(ELEMENTS * 32, builtins.execute(len, view, ELEMENTS).asInt());
    }

    /** Issue 13: {@code m[i, j]} of a 2-D view and, with the option, {@code m[1:3, i:j]} compile inline. */
    @Test
    void tupleSubscriptsCompile() {
        Value grid = context.eval("mview", "memoryview(bytearray(range(32))).cast('B', (4, 8))");
        Value element = context.eval("mview", "lambda m, i, j: m[i, j]");
        Value loop = context.eval("js", "(function(f, m, n) { let s = 0; for (let i = 0; i < n; i++) { s += f(m, i & 3, i & 7); } return s; })");
        Value slice = context.eval("mview", "lambda m, i, j: m[1:3, i:j]");
        Value slices = context.eval("js", "(function(f, m, n) { let s = 0; for (let i = 0; i < n; i++) { s += f(m, i & 3, (i & 3) + 4).nbytes; } return s; })");
        steadyState("13 lambda m[i, j]", i -> loop.execute(element, grid, ELEMENTS));
        steadyState("13 lambda m[1:3, i:j]", i -> slices.execute(slice, grid, ELEMENTS));
        assertEquals(ELEMENTS / 8 * (0 + 9 + 18 + 27 + 4 + 13 + 22 + 31), loop.execute(element, grid, ELEMENTS).asInt());
        assertEquals(ELEMENTS * 8, slices.execute(slice, grid, ELEMENTS).asInt());
    }

    /**
     * Issue 13: in compiled loops, JS {@code v[i][j]} of a 2-D view and the lambda {@code m[i, j]}
     * allocate nothing per element: the row {@code v[i]} and the key tuple never exist (a row that
     * escaped would cost well over 100 bytes an element).
     */
    @Test
    void nDimensionalElementReadsAllocateNothing() {
        Value grid = context.eval("mview", "memoryview(bytearray(range(32))).cast('B', (4, 8))");
        Value rows = context.eval("js", "(function(v, n) { let s = 0; for (let i = 0; i < n; i++) { s += v[i & 3][i & 7]; } return s; })");
        Value element = context.eval("mview", "lambda m, i, j: m[i, j]");
        // not the source of tupleSubscriptsCompile: a source already compiled would compile nothing here
        Value lambdas = context.eval("js", "(function(f, m, n) { let t = 0; for (let k = 0; k < n; k++) { t += f(m, k & 3, k & 7); } return t; })");
        steadyState("13 JS v[i][j]", i -> rows.execute(grid, ELEMENTS));
        steadyState("13 lambda m[i, j] (allocation)", i -> lambdas.execute(element, grid, ELEMENTS));
        assertAllocatesLessThanAByteAnElement("JS v[i][j]", n -> rows.execute(grid, n));
        assertAllocatesLessThanAByteAnElement("lambda m[i, j]", n -> lambdas.execute(element, grid, n));
    }

    /**
     * What a loop allocates per element: the difference of a long and a short run (the call's own cost
     * cancels out) must stay under an eighth of a byte per extra element.
     */
    private static void assertAllocatesLessThanAByteAnElement(String name, java.util.function.IntFunction<Value> loop) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        loop.apply(ELEMENTS); // once more unmeasured: what a first call after compilation allocates is no loop's
        long before = threads.getCurrentThreadAllocatedBytes();
        assertEquals(ELEMENTS / 8 * (0 + 9 + 18 + 27 + 4 + 13 + 22 + 31), loop.apply(ELEMENTS).asInt());
        long shortRun = threads.getCurrentThreadAllocatedBytes() - before;
        before = threads.getCurrentThreadAllocatedBytes();
        loop.apply(9 * ELEMENTS);
        long longRun = threads.getCurrentThreadAllocatedBytes() - before;
        long perEightElements = (longRun - shortRun) / ELEMENTS; // 8 * ELEMENTS more elements
        assertTrue(longRun - shortRun < ELEMENTS, () -> name + ": " + (longRun - shortRun) + " more bytes for " + 8 * ELEMENTS + " more elements");
        System.out.println(name + ": " + shortRun + " bytes for " + ELEMENTS + " elements, " + longRun + " for " + 9 * ELEMENTS + " (" + perEightElements + " per 8 elements)");
    }
}
