package org.mview.tests.difftest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extensions against NumPy (issue 13): random views of every format family (native, byte-order,
 * record, complex), layout and ndim, random N-D index tuples and assignments, written by
 * {@code tools/difftest/numpy_mode.py} with NumPy's results as the expected output, run in mview
 * with {@code mview.Extensions} on (one engine, a fresh context per program). Stdout must be equal.
 *
 * <p>System properties: {@code mview.difftest.seed} (default 1), {@code mview.difftest.numpy.count}
 * (default 2000; 20000 with {@code mview.difftest.long=true}), {@code mview.difftest.numpy.python}
 * (a python3 with NumPy, default {@code python3}), {@code mview.root}. Without NumPy the test aborts
 * loudly (CI installs Debian's {@code python3-numpy}); it never passes silently.
 */
class NumpyDifferentialTest {

    private static final int MAX_REPORTED = 20;

    private static Path root;
    private static Engine engine;

    @BeforeAll
    static void setUp() {
        root = Path.of(System.getProperty("mview.root", ".")).toAbsolutePath().normalize();
        engine = Engine.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterAll
    static void tearDown() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void extensionsAgreeWithNumpy() throws Exception {
        String python = numpyOrAbort();
        long seed = Long.getLong("mview.difftest.seed", 1L);
        int count = Integer.getInteger("mview.difftest.numpy.count", Boolean.getBoolean("mview.difftest.long") ? 20_000 : 2_000);
        Path dir = Files.createTempDirectory("mview-numpy-difftest-");
        run(python, root.resolve("tools/difftest/numpy_mode.py").toString(), "--seed", Long.toString(seed), "--count", Integer.toString(count),
                        "--out", dir.toString(), "--quiet");
        Map<String, DifferentialTest.Result> expected = DifferentialTest.readExpected(dir.resolve("expected.jsonl"));
        List<String> differing = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, DifferentialTest.Result> entry : expected.entrySet()) {
            String name = entry.getKey();
            String program = Files.readString(dir.resolve(name + ".mv"));
            DifferentialTest.Result actual = runMview(name + ".mv", program);
            if (!actual.sameAs(entry.getValue())) {
                differing.add(name);
                if (differing.size() <= MAX_REPORTED) {
                    report.append("\n=== ").append(name).append(" ===\n").append(firstDifference(entry.getValue(), actual));
                }
            }
        }
        if (differing.isEmpty()) {
            System.out.printf("NumPy differential test: %d programs (seed %d) agree with NumPy%n", expected.size(), seed);
            return;
        }
        String head = String.format("%d of %d programs (seed %d) differ from NumPy; programs kept in %s%n", differing.size(), expected.size(), seed, dir);
        Path reportFile = root.resolve("tests/target/numpy-difftest-report.txt");
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, head + report);
        fail(head + report);
    }

    /** The first differing output line with its neighbours, or the error lines. */
    private static String firstDifference(DifferentialTest.Result expected, DifferentialTest.Result actual) {
        String[] e = expected.stdout().split("\n", -1);
        String[] a = actual.stdout().split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("line ").append(i + 1).append('\n');
        sb.append("--- NumPy:  ").append(i < e.length ? e[i] : "<end>").append('\n');
        sb.append("--- mview:  ").append(i < a.length ? a[i] : "<end>").append('\n');
        if (actual.error() != null) {
            sb.append("--- mview error: ").append(actual.error()).append('\n');
        }
        return sb.toString();
    }

    private static DifferentialTest.Result runMview(String name, String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String error = null;
        try (Context context = Context.newBuilder("mview").engine(engine).out(out).err(new ByteArrayOutputStream())
                        .option("mview.Extensions", "true").build()) {
            try {
                context.eval(Source.newBuilder("mview", program, name).buildLiteral());
            } catch (PolyglotException e) {
                error = e.isInternalError() ? "INTERNAL ERROR: " + e : e.getMessage();
            }
        } catch (RuntimeException e) {
            error = "HOST ERROR: " + e;
        }
        return new DifferentialTest.Result(DifferentialTest.normalize(out.toString(StandardCharsets.UTF_8)), error);
    }

    private static String numpyOrAbort() {
        String python = System.getProperty("mview.difftest.numpy.python", "python3");
        String version;
        try {
            Process p = new ProcessBuilder(python, "-c", "import numpy; print(numpy.__version__)").redirectErrorStream(true).start();
            version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(60, TimeUnit.SECONDS);
            if (p.exitValue() != 0) {
                version = "no NumPy: " + version;
            }
        } catch (IOException | InterruptedException e) {
            version = "unavailable (" + e + ")";
        }
        if (!version.matches("\\d+\\.\\d+.*")) {
            String msg = "NumPy not found: NumPy differential test NOT run (" + python + " reports: " + version + ")";
            System.err.println("!!!!!!!! " + msg);
            Assumptions.abort(msg);
        }
        return python;
    }

    private static void run(String python, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(python);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        // the NumPy oracle is the plain python3, not the pyenv CPython 3.13 of the other testers
        pb.environment().remove("PYENV_VERSION");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail(python + " " + String.join(" ", args) + " failed:\n" + output);
        }
    }
}
