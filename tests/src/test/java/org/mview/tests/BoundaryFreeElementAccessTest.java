package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Proof that element access leaves no {@code @TruffleBoundary} call in compiled code: the element loops of
 * the performance suite (JS {@code view[i]} reads and writes, {@code new Float64Array(view)}, a GraalPy
 * loop, mview lambdas {@code m[i]} and {@code m[i:i+2]} called from a JS loop, and their N-D forms: JS
 * {@code v[i][j]} through rows, lambdas {@code m[i, j]} and {@code m[0:2, i:j]}) run with
 * {@code compiler.InstrumentBoundaries}, which counts every boundary call made from compiled code and
 * prints the counts when the engine closes. The Graal compiler prints them on the process's own standard
 * output, so the loops run in a child JVM ({@link Workload}) started with this JVM's flags. No boundary
 * in mview code may have been called more than a handful of times, against the hundreds of thousands of
 * element accesses the loops make.
 */
class BoundaryFreeElementAccessTest {

    static final int ELEMENTS = 3 * 4096;
    static final int ROUNDS = 300;
    /** Element accesses made by each loop: a boundary on the element path would count about this often. */
    static final long ACCESSES = (long) ROUNDS * ELEMENTS / 3;
    private static final Pattern ENTRY = Pattern.compile("^(\\S+)\\(([^)]*)\\) \\[bci: \\d+\\]\\R\\[\\d+\\] count = (\\d+)", Pattern.MULTILINE);

    @Test
    void elementLoopsCallNoBoundaryInMviewCode() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("truffle.UseFallbackRuntime"), "needs the optimizing runtime");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-agentlib")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Workload.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the workload did not finish");
        assertEquals(0, child.exitValue(), () -> "the workload failed:\n" + output);
        assertTrue(output.contains("runtime: GraalVM"), () -> "the workload did not run on the optimizing runtime:\n" + output);
        assertTrue(output.contains("Execution profile"), () -> "no boundary profile printed:\n" + output);
        List<String> hot = new ArrayList<>();
        Matcher m = ENTRY.matcher(output);
        int entries = 0;
        while (m.find()) {
            entries++;
            long count = Long.parseLong(m.group(3));
            if (m.group(1).startsWith("org.mview.") && count > ACCESSES / 1000) {
                hot.add(m.group(1) + " (" + m.group(2) + "): " + count + " calls");
            }
        }
        assertTrue(entries > 0, () -> "boundary profile not understood:\n" + output);
        assertTrue(hot.isEmpty(), () -> "boundaries in mview code called from compiled element loops (" + ACCESSES + " accesses per loop):\n" + String.join("\n", hot));
    }

    /** The child JVM: runs the loops with boundary instrumentation, then closes the engine (which prints the profile). */
    public static final class Workload {

        public static void main(String[] args) {
            Engine engine = Engine.newBuilder("js", "python", "mview").allowExperimentalOptions(true)
                            .option("compiler.InstrumentBoundaries", "true")
                            .option("engine.BackgroundCompilation", "false")
                            .option("engine.WarnInterpreterOnly", "false")
                            .build();
            System.out.println("runtime: " + engine.getImplementationName());
            try (Context context = Context.newBuilder("js", "python", "mview").engine(engine).allowAllAccess(true).build()) {
                Value doubles = context.eval("mview", "memoryview(bytearray(" + 8 * ELEMENTS + ")).cast('d')[::3]");
                Value ints = context.eval("mview", "memoryview(bytearray(" + 4 * ELEMENTS + ")).cast('i')[::3]");
                Value jsSum = context.eval("js", "(function(v) { let s = 0; for (let i = 0; i < v.length; i++) { s += v[i]; } return s; })");
                Value jsTyped = context.eval("js", "(function(v) { const a = new Float64Array(v); let s = 0; for (let i = 0; i < a.length; i++) { s += a[i]; } return s; })");
                Value jsWrite = context.eval("js", "(function(v) { for (let i = 0; i < v.length; i++) { v[i] = i; } return v.length; })");
                context.eval("python", "def run_sum(v):\n    s = 0.0\n    for i in range(len(v)):\n        s += v[i]\n    return s\n");
                Value pySum = context.getBindings("python").getMember("run_sum");
                Value item = context.eval("mview", "lambda m, i: m[i]");
                Value slice = context.eval("mview", "lambda m, i: m[i:i + 2]");
                Value viaLambda = context.eval("js", "(function(f, v) { let s = 0; for (let i = 0; i < v.length; i++) { s += f(v, i); } return s; })");
                Value slices = context.eval("js", "(function(f, v) { let n = 0; for (let i = 0; i < v.length; i++) { n += f(v, i).length; } return n; })");
                for (int r = 0; r < ROUNDS; r++) {
                    jsSum.execute(doubles);
                    jsTyped.execute(doubles);
                    jsWrite.execute(ints);
                    pySum.execute(doubles);
                    viaLambda.execute(item, ints);
                    slices.execute(slice, ints);
                }
                System.out.println("written: " + jsWrite.execute(ints).asInt() + ", sum: " + pySum.execute(doubles).asDouble());
            }
            // N-D slicing needs mview.Extensions: a context of its own, so that the loops above run CPython-exact.
            try (Context context = Context.newBuilder("js", "mview").engine(engine).allowAllAccess(true).option("mview.Extensions", "true").build()) {
                int columns = ELEMENTS / 3 / 4;
                Value grid = context.eval("mview", "memoryview(bytearray(" + 4 * 4 * columns + ")).cast('i', (4, " + columns + "))");
                Value jsRows = context.eval("js", "(function(v) { let s = 0; for (let i = 0; i < v.length; i++) { const n = v[i].length; for (let j = 0; j < n; j++) { s += v[i][j]; } } return s; })");
                Value item2 = context.eval("mview", "lambda m, i, j: m[i, j]");
                Value slice2 = context.eval("mview", "lambda m, i, j: m[0:2, i:j]");
                Value gridLambda = context.eval("js", "(function(f, v, sliced) { let s = 0; for (let i = 0; i < v.length; i++) { const n = v[i].length;"
                                + " for (let j = 0; j < n; j++) { const r = f(v, i, j); s += sliced ? r.nbytes : r; } } return s; })");
                for (int r = 0; r < ROUNDS; r++) {
                    jsRows.execute(grid);
                    gridLambda.execute(item2, grid, false);
                    gridLambda.execute(slice2, grid, true);
                }
            }
            engine.close();
        }
    }
}
