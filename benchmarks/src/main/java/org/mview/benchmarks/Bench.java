package org.mview.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The performance suite of issue 7. Every workload runs on mview and on each peer in the same JVM run
 * (CPython as a subprocess with {@code timeit}): untimed warm-up rounds, then timed rounds; the table
 * shows the median time per round, the spread (max − min over the median) and the ratio mview/peer
 * (below 1: mview is faster).
 *
 * <pre>benchmarks/run [tiny|quick|full] [workload-prefix...]</pre>
 */
public final class Bench {

    /** Peer columns of the table, in order. */
    static final String[] PEERS = {"CPython 3.13", "GraalPy 25", "GraalJS typed array", "Java", "interop floor"};

    final String mode;
    final int scale;
    final int warmup;
    final int rounds;
    final long warmupNanos;
    final Path root;
    final List<String> filters;
    final Map<String, Map<String, Stats>> table = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    static volatile Object sink;
    /** Warm-up ends after this many rounds in a row without compilation activity. */
    static final int QUIET_ROUNDS = 3;
    static final long MAX_WARMUP_NANOS = 30_000_000_000L;
    static final int MAX_ROUNDS = 200;
    final CompilationCounter compilations = new CompilationCounter();

    Engine engine;
    Context context;

    Bench(String mode, List<String> filters) {
        this.mode = mode;
        this.filters = filters;
        switch (mode) {
            case "tiny" -> { scale = 1024; warmup = 0; rounds = 1; }
            case "quick" -> { scale = 8; warmup = 3; rounds = 5; }
            case "full" -> { scale = 1; warmup = 5; rounds = 10; }
            default -> throw new IllegalArgumentException("mode must be tiny, quick or full: " + mode);
        }
        this.warmupNanos = switch (mode) {
            case "full" -> 3_000_000_000L;
            case "quick" -> 1_500_000_000L;
            default -> 0L;
        };
        this.root = Path.of(System.getProperty("mview.root", ".")).toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "quick";
        if (mode.equals("chart")) {
            BenchChart.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Bench bench = new Bench(mode, Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        bench.runAll();
        String table = bench.render();
        System.out.println(table);
        Path chart = Path.of(System.getProperty("mview.bench.chart", bench.root.resolve("benchmarks/target/benchmarks-" + mode + ".svg").toString()));
        Files.createDirectories(chart.toAbsolutePath().getParent());
        Files.writeString(chart, BenchChart.fromMarkdown(table).svg("mview benchmarks, mode " + mode));
        System.err.println("chart: " + chart);
    }

    /** Median and spread {@code (p90 − p10) / median} of the timed rounds, in milliseconds. */
    record Stats(double median, double spread) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
            double p10 = s[(int) Math.floor(0.1 * (s.length - 1))];
            double p90 = s[(int) Math.ceil(0.9 * (s.length - 1))];
            return new Stats(median, median == 0 ? 0 : (p90 - p10) / median);
        }
    }

    boolean selected(String workload) {
        return filters.isEmpty() || filters.stream().anyMatch(workload::startsWith);
    }

    void record(String workload, String impl, Stats stats) {
        table.computeIfAbsent(workload, k -> new LinkedHashMap<>()).put(impl, stats);
        System.err.printf(Locale.ROOT, "  %-44s %-20s %10.3f ms ±%.0f%%%n", workload, impl, stats.median(), stats.spread() * 100);
    }

    /**
     * Times {@code body} in this JVM: warm-up rounds, then timed rounds. Warm-up lasts at least
     * {@code warmup} rounds and {@code warmupNanos}, and then goes on until {@link #QUIET_ROUNDS} rounds
     * in a row, and half the minimum warm-up time, saw no Truffle compilation event and none is running (capped at
     * {@link #MAX_WARMUP_NANOS}): with the Graal
     * compiler running as Java code (jargraal), the first compilations of a run take seconds, and a
     * fixed warm-up would time a loop still in the interpreter or in its first tier.
     */
    Stats time(Supplier<Object> body) {
        long start = System.nanoTime();
        long lastEvents = compilations.events();
        long quietSince = start;
        int quietRounds = 0;
        for (int i = 0;; i++) {
            long now = System.nanoTime();
            boolean minimumDone = i >= warmup && now - start >= warmupNanos;
            // tiny mode (warmupNanos 0, the smoke test) checks that workloads run, not their speed
            boolean settled = warmupNanos == 0 || quietRounds >= QUIET_ROUNDS && now - quietSince >= warmupNanos / 2;
            if (minimumDone && (settled || now - start >= MAX_WARMUP_NANOS)) {
                break;
            }
            sink = body.get();
            long events = compilations.events();
            if (events == lastEvents && compilations.idle()) {
                quietRounds++;
            } else {
                quietRounds = 0;
                quietSince = System.nanoTime();
            }
            lastEvents = events;
        }
        // At least `rounds` timed rounds, and more (up to MAX_ROUNDS) until they add up to a quarter of the
        // minimum warm-up: a median of 10 rounds of a 2 ms loop moved by ±30 % with a single collection.
        double[] ms = new double[MAX_ROUNDS];
        long timed = 0;
        int n = 0;
        while (n < rounds || (n < MAX_ROUNDS && timed < warmupNanos / 4)) {
            long t0 = System.nanoTime();
            sink = body.get();
            long t = System.nanoTime() - t0;
            ms[n++] = t / 1e6;
            timed += t;
        }
        return Stats.of(Arrays.copyOf(ms, n));
    }

    void measure(String workload, String impl, Supplier<Object> body) {
        try {
            record(workload, impl, time(body));
        } catch (RuntimeException e) {
            System.err.println("  " + workload + " / " + impl + " failed: " + e);
            notes.put(workload + " / " + impl, "failed: " + e.getMessage());
        }
    }

    // ---- CPython ----------------------------------------------------------------------------

    void cpython(String workload, String setup, String stmt) {
        String python = System.getProperty("mview.cpython", "python3");
        try {
            Path script = Files.createTempFile("mview-timer", ".py");
            try (InputStream in = Bench.class.getResourceAsStream("cpython_timer.py")) {
                Files.write(script, in.readAllBytes());
            }
            ProcessBuilder pb = new ProcessBuilder(python, script.toString(), setup, stmt, "1", Integer.toString(warmup), Integer.toString(rounds),
                            Long.toString(warmupNanos / 4 / 1_000_000));
            pb.environment().putIfAbsent("PYENV_VERSION", "3.13.0");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0 || out.isEmpty()) {
                throw new IOException("CPython exited with " + p.exitValue());
            }
            Files.deleteIfExists(script);
            record(workload, PEERS[0], Stats.of(Arrays.stream(out.split("\\s+")).mapToDouble(Double::parseDouble).toArray()));
        } catch (IOException | InterruptedException e) {
            notes.put(workload + " / CPython", "not run: " + e.getMessage());
        }
    }

    // ---- contexts ---------------------------------------------------------------------------

    void open() {
        context = Context.newBuilder().allowAllAccess(true)
                        .option("engine.WarnInterpreterOnly", "false")
                        .option("engine.TraceCompilationDetails", "true")
                        // workload 13 measures the extensions; the option changes no operation of 1-12
                        .option("mview.Extensions", "true")
                        .logHandler(compilations)
                        .build();
        engine = context.getEngine();
    }

    Value mview(String code) {
        return context.eval("mview", code);
    }

    Value js(String code) {
        return context.eval("js", code);
    }

    Value floor(String code) {
        return context.eval(FloorLanguage.ID, code);
    }

    /**
     * A JS function of its own for one implementation: the tag makes the source text unique, so that
     * no two measurements share a call target and one's type profile cannot slow down the other.
     */
    Value jsFunction(String function, String tag) {
        return js("(" + function + ") // " + tag);
    }

    /** Like {@link #jsFunction}: {@code def name(...)} defined again as {@code name_tag}. */
    Value pythonFunction(String def, String name, String tag) {
        String renamed = name + "_" + tag;
        return python(def.replace("def " + name + "(", "def " + renamed + "("), renamed);
    }

    static Supplier<Object> call(Value function, Object... arguments) {
        return () -> function.execute(arguments);
    }

    /** Defines Python code in GraalPy's main module and returns the named global. */
    Value python(String code, String name) {
        context.eval("python", code);
        return context.getBindings("python").getMember(name);
    }

    /** A mview statement evaluated after its setup, as a parsed source executed once per round. */
    Supplier<Object> mviewStatement(String setup, String stmt) {
        mview(setup);
        Value parsed = context.parse(Source.create("mview", stmt));
        return () -> parsed.execute();
    }

    /** The same statement in GraalPy with its own memoryview. */
    Supplier<Object> graalpyStatement(String setup, String stmt, String fn) {
        Value f = python(setup + "\ndef " + fn + "():\n    return " + stmt + "\n", fn);
        return () -> f.execute();
    }

    /** Runs one Python-text workload on mview, CPython 3.13 and GraalPy. */
    void pythonText(String workload, String setup, String stmt, Supplier<Object> javaPeer) {
        if (!selected(workload)) {
            return;
        }
        notes.put(workload + " / text", "setup: `" + setup.replace("\n", "; ") + "`, statement: `" + stmt + "`");
        measure(workload, "mview", mviewStatement(setup, stmt));
        String fn = "bench_" + table.size();
        measure(workload, PEERS[1], graalpyStatement(setup, stmt, fn));
        if (javaPeer != null) {
            measure(workload, PEERS[3], javaPeer);
        }
        cpython(workload, setup, stmt);
        mview("m = None; a = None; b = None");
        context.eval("python", "m = None; a = None; b = None");
        System.gc();
    }

    // ---- workloads --------------------------------------------------------------------------

    static final String PY_SUM = "def run_sum(v):\n    s = 0.0\n    for i in range(len(v)):\n        s += v[i]\n    return s\n";
    static final String PY_SLICES = "def run_slices(m, n):\n    for i in range(n):\n        m[i:i+16]\n";

    void runAll() throws Exception {
        open();
        System.err.println("mview benchmarks, mode " + mode + ", runtime " + engine.getImplementationName() + ", at least " + warmup + " warm-up + " + rounds + " timed rounds");
        int doubles = (8 << 20) / scale;
        jsSum(doubles);
        pythonSum(doubles);
        int mib = (1 << 20) / scale;
        pythonText("3 tobytes() 1-D [::2] of 64 MiB", "m = memoryview(bytearray(" + 64 * mib + "))[::2]", "m.tobytes()", gather(64 * mib));
        int side = scale == 1 ? 8192 : Math.max(16, 8192 / (int) Math.sqrt(scale));
        byte[] rows = new byte[side * side / 2];
        pythonText("4 tobytes() 2-D rows [::2] of 8192x8192 B", "m = memoryview(bytearray(" + side * side + ")).cast('B', (" + side + ", " + side + "))[::2]", "m.tobytes()",
                        () -> {
                            byte[] out = new byte[rows.length];
                            System.arraycopy(rows, 0, out, 0, rows.length);
                            return out;
                        });
        int iside = scale == 1 ? 2048 : Math.max(16, 2048 / (int) Math.sqrt(scale));
        pythonText("5 tobytes('F') of 2048x2048 i", "m = memoryview(bytearray(" + 4 * iside * iside + ")).cast('i', (" + iside + ", " + iside + "))", "m.tobytes('F')", transpose(iside));
        pythonText("6a tolist() of 1M i", "m = memoryview(bytearray(" + 4 * (1 << 20) / scale + ")).cast('i')", "m.tolist()", null);
        int dside = scale == 1 ? 1024 : Math.max(16, 1024 / (int) Math.sqrt(scale));
        pythonText("6b tolist() of 1024x1024 d", "m = memoryview(bytearray(" + 8 * dside * dside + ")).cast('d', (" + dside + ", " + dside + "))", "m.tolist()", null);
        byte[] hexSource = new byte[16 * mib];
        pythonText("7 hex() of 16 MiB", "m = memoryview(bytearray(" + 16 * mib + "))", "m.hex()", () -> java.util.HexFormat.of().formatHex(hexSource));
        double[] x = new double[doubles];
        double[] y = new double[doubles];
        pythonText("8 == of two 8M d views", "a = memoryview(bytearray(" + 8 * doubles + ")).cast('d')\nb = memoryview(bytearray(" + 8 * doubles + ")).cast('d')", "a == b", () -> {
            for (int i = 0; i < x.length; i++) {
                if (x[i] != y[i]) {
                    return false;
                }
            }
            return true;
        });
        slices((1 << 20) / scale);
        jsWrites(doubles);
        members((1 << 20) / scale);
        extensions((1 << 20) / scale);
        startup();
    }

    /** Workload 1: sum of a {@code d} view [::3] from JS, through a typed array over the view and through view[i]. */
    void jsSum(int count) {
        String a = "1a JS sum d[::3] of 8M, new Float64Array(view)";
        String b = "1b JS sum d[::3] of 8M, view[i]";
        if (!selected(a) && !selected(b)) {
            return;
        }
        Value view = mview("memoryview(bytearray(" + 8 * count + ")).cast('d')[::3]");
        String viaTyped = "function(v) { const a = new Float64Array(v); let s = 0; const n = a.length; for (let i = 0; i < n; i++) { s += a[i]; } return s; }";
        String viaIndex = "function(v) { let s = 0; const n = v.length; for (let i = 0; i < n; i++) { s += v[i]; } return s; }";
        String typedPeer = "function(a) { let s = 0; const n = a.length; for (let i = 0; i < n; i += 3) { s += a[i]; } return s; }";
        Value typed = js("new Float64Array(" + count + ")");
        Value floorArray = floor("d " + count + " 3");
        jsElementLoops(a, b, view, viaTyped, viaIndex, typedPeer, typed, floorArray);
    }

    /** Workload 2: the same sum as a Python loop: GraalPy over an mview view, over its own memoryview, CPython. */
    void pythonSum(int count) {
        String w = "2 Python sum d[::3] of 8M, v[i]";
        if (!selected(w)) {
            return;
        }
        String setup = "v = memoryview(bytearray(" + 8 * count + ")).cast('d')[::3]\n" + PY_SUM;
        notes.put(w + " / text", "Python: `" + PY_SUM.replace("\n", "; ").replace("    ", "") + "` called as `run_sum(v)`");
        Value view = mview("memoryview(bytearray(" + 8 * count + ")).cast('d')[::3]");
        Value own = python("own_v = memoryview(bytearray(" + 8 * count + ")).cast('d')[::3]\n", "own_v");
        Value floorArray = floor("d " + count + " 3");
        measure(w, "mview", call(pythonFunction(PY_SUM, "run_sum", "mview"), view));
        measure(w, PEERS[1], call(pythonFunction(PY_SUM, "run_sum", "own"), own));
        measure(w, PEERS[4], call(pythonFunction(PY_SUM, "run_sum", "floor"), floorArray));
        cpython(w, setup, "run_sum(v)");
        context.eval("python", "own_v = None");
    }

    /** Workload 9: 1M slices {@code m[i:i+16]}; mview has no loops, so a JS loop calls an mview lambda. */
    void slices(int n) {
        String w = "9 1M slices m[i:i+16]";
        if (!selected(w)) {
            return;
        }
        notes.put(w + " / text", "Python: `for i in range(n): m[i:i+16]`; mview: a JS loop calling `lambda m, i: m[i:i+16]`");
        Value m = mview("memoryview(bytearray(" + (n + 16) + "))");
        Value slice = mview("lambda m, i: m[i:i+16]");
        Value driver = jsFunction("function(f, m, n) { let last; for (let i = 0; i < n; i++) { last = f(m, i); } return last; }", w);
        measure(w, "mview", () -> driver.execute(slice, m, n));
        Value run = python(PY_SLICES + "slices_m = memoryview(bytearray(" + (n + 16) + "))\n", "run_slices");
        Value own = context.getBindings("python").getMember("slices_m");
        measure(w, PEERS[1], () -> run.execute(own, n));
        cpython(w, "m = memoryview(bytearray(" + (n + 16) + "))\n" + PY_SLICES, "run_slices(m, " + n + ")");
    }

    /** Workload 10: element writes from JS into an {@code i} view [::2]. */
    void jsWrites(int count) {
        String a = "10a JS write i[::2] of 8M, new Int32Array(view)";
        String b = "10b JS write i[::2] of 8M, view[i] = i";
        if (!selected(a) && !selected(b)) {
            return;
        }
        Value view = mview("memoryview(bytearray(" + 4 * count + ")).cast('i')[::2]");
        String viaTyped = "function(v) { const a = new Int32Array(v); const n = a.length; for (let i = 0; i < n; i++) { a[i] = i; } return n; }";
        String viaIndex = "function(v) { const n = v.length; for (let i = 0; i < n; i++) { v[i] = i; } return n; }";
        String typedPeer = "function(a) { const n = a.length; for (let i = 0; i < n; i += 2) { a[i] = i; } return n; }";
        Value typed = js("new Int32Array(" + count + ")");
        Value floorArray = floor("i " + count + " 2");
        jsElementLoops(a, b, view, viaTyped, viaIndex, typedPeer, typed, floorArray);
    }

    /**
     * The two rows of a JS element-loop workload: {@code a} through a typed array over the view,
     * {@code b} through {@code view[i]}; each against the native typed-array loop and the interop floor.
     */
    void jsElementLoops(String a, String b, Value view, String viaTyped, String viaIndex, String typedPeer, Value typed, Value floorArray) {
        if (selected(a)) {
            measure(a, "mview", call(jsFunction(viaTyped, a + " mview"), view));
            measure(a, PEERS[2], call(jsFunction(typedPeer, a + " typed"), typed));
            measure(a, PEERS[4], call(jsFunction(viaTyped, a + " floor"), floorArray));
        }
        if (selected(b)) {
            measure(b, "mview", call(jsFunction(viaIndex, b + " mview"), view));
            measure(b, PEERS[2], call(jsFunction(typedPeer, b + " typed"), typed));
            measure(b, PEERS[4], call(jsFunction(viaIndex, b + " floor"), floorArray));
        }
    }

    /**
     * Workload 12: member reads and method calls on one 16-byte view, each against the element read of
     * the same run ({@code view[i]} from JS, {@code m[i]} in an mview lambda, {@code v[i]} in GraalPy):
     * the cost of getting to a member, not of the member's work.
     */
    void members(int n) {
        String prefix = "12";
        if (!selected(prefix)) {
            return;
        }
        Value view = mview("memoryview(bytearray(range(16)))");
        Value own = python("members_v = memoryview(bytearray(range(16)))\n", "members_v");
        String[][] js = {
            {"12a JS loop over a 16-byte view: view[i & 15]", "s += v[i & 15];"},
            {"12b JS loop: view.nbytes", "s += v.nbytes;"},
            {"12c JS loop: view.format", "s += v.format.length;"},
            {"12d JS loop: view.cast('i')", "s += v.cast('i').length;"},
            {"12e JS loop: view.tobytes()", "s += v.tobytes().length;"},
        };
        for (String[] row : js) {
            if (!selected(row[0])) {
                continue;
            }
            String loop = "function(v, n) { let s = 0; for (let i = 0; i < n; i++) { " + row[1] + " } return s; }";
            measure(row[0], "mview", call(jsFunction(loop, row[0] + " mview"), view, n));
            measure(row[0], PEERS[1], call(jsFunction(loop, row[0] + " own"), own, n));
        }
        // Two views alternate, so that the compiler cannot hoist a member read out of the loop.
        Value views = js("[]");
        views.setArrayElement(0, mview("memoryview(bytearray(" + n + "))"));
        views.setArrayElement(1, mview("memoryview(bytearray(" + n + "))"));
        String[][] lambdas = {
            {"12f JS loop calling an mview lambda: m[i]", "lambda m, i: m[i]"},
            {"12g JS loop calling an mview lambda: m.nbytes", "lambda m, i: m.nbytes"},
            {"12j JS loop calling an mview lambda: len(m)", "lambda m, i: len(m)"},
            {"12k JS loop calling an mview lambda: g(i), g a lambda", "g = lambda i: i\nlambda m, i: g(i)"},
        };
        for (String[] row : lambdas) {
            if (selected(row[0])) {
                Value driver = jsFunction("function(f, ms, n) { let s = 0; for (let i = 0; i < n; i++) { s += f(ms[i & 1], i); } return s; }", row[0]);
                measure(row[0], "mview", call(driver, mview(row[1]), views, n));
            }
        }
        String[][] py = {
            {"12h Python loop: v[i & 15]", "def run_m(v, n):\n    s = 0\n    for i in range(n):\n        s += v[i & 15]\n    return s\n"},
            {"12i Python loop: v.nbytes", "def run_m(v, n):\n    s = 0\n    for i in range(n):\n        s += v.nbytes\n    return s\n"},
        };
        for (String[] row : py) {
            if (!selected(row[0])) {
                continue;
            }
            String tag = row[0].substring(0, 3);
            measure(row[0], "mview", call(pythonFunction(row[1], "run_m", "mview" + tag), view, n));
            measure(row[0], PEERS[1], call(pythonFunction(row[1], "run_m", "own" + tag), own, n));
            cpython(row[0], "v = memoryview(bytearray(range(16)))\n" + row[1], "run_m(v, " + n + ")");
        }
        memberRatios(List.of("12b", "12c", "12d", "12e"), "12a", "view[i] from JS");
        memberRatios(List.of("12g", "12j", "12k"), "12f", "m[i] in an mview lambda");
        memberRatios(List.of("12i"), "12h", "v[i] in GraalPy");
    }

    /**
     * Workload 13: N-D access against 1-D access of the same run. Element reads of a 2-D view
     * ({@code v[i][j]} from JS through interop sub-views, {@code m[i, j]} in an mview lambda) against
     * {@code view[i]}/{@code m[i]}, and a 2-D sub-view slice {@code m[a:b, c:d]} (mview.Extensions)
     * against the 1-D slice {@code m[i:i+4]}.
     */
    void extensions(int n) {
        if (!selected("13")) {
            return;
        }
        Map<String, Supplier<Object>> bodies = new LinkedHashMap<>();
        Value flat = mview("memoryview(bytearray(range(32)))");
        Value grid = mview("memoryview(bytearray(range(32))).cast('B', (4, 8))");
        String[][] js = {
            {"13a JS loop over a 32-byte view: view[i & 31]", "flat", "s += v[i & 31];"},
            {"13b JS loop over a (4, 8) view: view[i & 3][i & 7]", "grid", "s += v[i & 3][i & 7];"},
        };
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        for (String[] row : js) {
            if (selected(row[0])) {
                boolean isFlat = row[1].equals("flat");
                String loop = "function(v, n) { let s = 0; for (let i = 0; i < n; i++) { " + row[2] + " } return s; }";
                Value driver = jsFunction(loop, row[0]);
                Supplier<Object> body = call(driver, isFlat ? flat : grid, n);
                measure(row[0], "mview", body);
                Value floorDriver = jsFunction(loop, row[0] + " floor"); // its own call target: no profile shared with mview's
                Supplier<Object> floorBody = call(floorDriver, isFlat ? new FloorGrid.Row(bytes, 0, 32) : new FloorGrid(bytes, 4, 8), n);
                measure(row[0], PEERS[4], floorBody);
                bodies.put(row[0].substring(0, 3), body);
                bodies.put(row[0].substring(0, 3) + " floor", floorBody);
            }
        }
        // The indices are computed in JS, so that the rows measure the subscript, not mview's int arithmetic.
        String[][] lambdas = {
            {"13c JS loop calling an mview lambda: m[i]", "flat", "lambda m, i, j: m[i]"},
            {"13d JS loop calling an mview lambda: m[i, j]", "grid", "lambda m, i, j: m[i, j]"},
            {"13e JS loop calling an mview lambda: m[i:j] of a 1-D view", "flat", "lambda m, i, j: m[i:j]"},
            {"13f JS loop calling an mview lambda: m[1:3, i:j] of a 2-D view", "grid", "lambda m, i, j: m[1:3, i:j]"},
        };
        for (String[] row : lambdas) {
            if (selected(row[0])) {
                boolean slice = row[2].contains(":");
                String args = row[1].equals("flat") ? (slice ? "i & 15, (i & 15) + 4" : "i & 31, 0") : (slice ? "i & 3, (i & 3) + 4" : "i & 3, i & 7");
                Value driver = jsFunction("function(f, m, n) { let s = 0; for (let i = 0; i < n; i++) { const r = f(m, " + args + "); s += "
                                + (slice ? "r.nbytes" : "r") + "; } return s; }", row[0]);
                Supplier<Object> body = call(driver, mview(row[2]), row[1].equals("flat") ? flat : grid, n);
                measure(row[0], "mview", body);
                bodies.put(row[0].substring(0, 3), body);
            }
        }
        memberRatios(List.of("13b"), "13a", "view[i] from JS (goal: within 1.25x)");
        floorRatio("13b", "13a");
        memberRatios(List.of("13d"), "13c", "m[i] in an mview lambda (goal: within 1.25x)");
        memberRatios(List.of("13f"), "13e", "the 1-D slice in an mview lambda (goal: within 2x)");
        pairedRatio(bodies, "13b", "13a", "mview");
        pairedRatio(bodies, "13b floor", "13a floor", "interop floor");
        pairedRatio(bodies, "13d", "13c", "mview");
        pairedRatio(bodies, "13f", "13e", "mview");
    }

    /**
     * A note: the ratio of two measured (so warm) rows timed in alternating rounds, {@code base} then
     * {@code row}, then the other way round. Two rows measured one after the other each take this
     * machine's state of their own time window (their medians move by ±30 % from run to run); in
     * alternating rounds both see the same, so their ratio is what a goal between them can be judged on.
     */
    void pairedRatio(Map<String, Supplier<Object>> bodies, String row, String base, String impl) {
        Supplier<Object> a = bodies.get(row);
        Supplier<Object> b = bodies.get(base);
        if (a == null || b == null) {
            return;
        }
        // Alternating calls are a new profile for the code they share (the host's call into the
        // guest, the JS functions' own entry), so the pairs warm up again until compilation settles.
        Supplier<Object> pair = () -> {
            sink = b.get();
            return a.get();
        };
        time(pair);
        int pairs = Math.max(rounds, 3) * 4;
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            long[] t = new long[2];
            for (int k = 0; k < 2; k++) {
                boolean rowNow = (i + k) % 2 == 1;
                long t0 = System.nanoTime();
                sink = (rowNow ? a : b).get();
                t[rowNow ? 0 : 1] = System.nanoTime() - t0;
            }
            ratios[i] = (double) t[0] / t[1];
        }
        Stats r = Stats.of(ratios);
        notes.put(row + " / " + base + " (" + impl + ", paired)",
                        String.format(Locale.ROOT, "%.2fx ±%.0f%%: median of %d alternating rounds", r.median(), r.spread() * 100, pairs));
    }

    /** A note: the interop floor's own time of {@code row} over its time of {@code base}. */
    void floorRatio(String row, String base) {
        Stats a = stats(row, PEERS[4]);
        Stats b = stats(base, PEERS[4]);
        if (a != null && b != null && b.median() > 0) {
            notes.put(row + " / " + base + " (interop floor)", String.format(Locale.ROOT, "%.1fx: the same two foreign reads over a trivial grid", a.median() / b.median()));
        }
    }

    Stats stats(String rowPrefix, String impl) {
        for (Map.Entry<String, Map<String, Stats>> row : table.entrySet()) {
            if (row.getKey().startsWith(rowPrefix + " ")) {
                return row.getValue().get(impl);
            }
        }
        return null;
    }

    /** A note per member row: its mview time over the mview time of the element read of the same run. */
    void memberRatios(List<String> rows, String base, String what) {
        Stats reference = mviewStats(base);
        if (reference == null || reference.median() <= 0) {
            return;
        }
        for (String row : rows) {
            Stats s = mviewStats(row);
            if (s != null) {
                notes.put(row + " / " + base, String.format(Locale.ROOT, "%.1fx the time of %s", s.median() / reference.median(), what));
            }
        }
    }

    Stats mviewStats(String rowPrefix) {
        return stats(rowPrefix, "mview");
    }

    /** Workload 3's Java peer: the strided gather loop tobytes() performs. */
    static Supplier<Object> gather(int sourceBytes) {
        byte[] source = new byte[sourceBytes];
        return () -> {
            byte[] out = new byte[sourceBytes / 2];
            for (int i = 0; i < out.length; i++) {
                out[i] = source[2 * i];
            }
            return out;
        };
    }

    /** Workload 5's Java peer: a Fortran-order copy of a C-order int matrix. */
    static Supplier<Object> transpose(int side) {
        int[] source = new int[side * side];
        return () -> {
            int[] out = new int[side * side];
            int k = 0;
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    out[k++] = source[i * side + j];
                }
            }
            return out;
        };
    }

    /** Workload 11: process wall time of {@code ./mview} and CPython on the same tiny programs. */
    void startup() throws Exception {
        String w1 = "11a start-up: -c \"1\"";
        String w2 = "11b start-up: small .mv file to first result";
        Path mv = root.resolve("mview");
        if (!Files.isExecutable(mv)) {
            notes.put("11 start-up", "not run: no ./mview at " + mv);
            return;
        }
        Path file = Files.createTempFile("mview-small", ".mv");
        Files.writeString(file, "m = memoryview(b'abcdef')\nprint(m[::2].tobytes(), m.hex())\n");
        String python = System.getProperty("mview.cpython", "python3");
        int n = rounds == 1 ? 1 : Math.max(rounds, 3);
        if (selected(w1)) {
            record(w1, "mview", process(n, mv.toString(), "-c", "1"));
            record(w1, PEERS[0], process(n, python, "-c", "1"));
        }
        if (selected(w2)) {
            record(w2, "mview", process(n, mv.toString(), file.toString()));
            record(w2, PEERS[0], process(n, python, file.toString()));
        }
        Files.deleteIfExists(file);
    }

    Stats process(int n, String... command) throws Exception {
        double[] ms = new double[n];
        for (int i = -1; i < n; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putIfAbsent("PYENV_VERSION", "3.13.0");
            long t0 = System.nanoTime();
            Process p = pb.start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return Stats.of(ms);
    }

    // ---- output -----------------------------------------------------------------------------

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "mode %s, runtime %s, at least %d warm-up + %d timed rounds; median ms per round (spread = (p90-p10)/median); (x) = mview/peer, below 1 = mview faster%n%n",
                        mode, engine.getImplementationName(), warmup, rounds));
        sb.append("| workload | mview |");
        for (String p : PEERS) {
            sb.append(' ').append(p).append(" |");
        }
        sb.append("\n|---|---:|");
        sb.append("---:|".repeat(PEERS.length)).append('\n');
        for (Map.Entry<String, Map<String, Stats>> row : table.entrySet()) {
            Stats mine = row.getValue().get("mview");
            sb.append("| ").append(row.getKey()).append(" | ").append(mine == null ? "–" : cell(mine)).append(" |");
            for (String p : PEERS) {
                Stats s = row.getValue().get(p);
                if (s == null) {
                    sb.append(" |");
                } else {
                    sb.append(' ').append(cell(s));
                    if (mine != null && s.median() > 0) {
                        sb.append(String.format(Locale.ROOT, " (%.2fx)", mine.median() / s.median()));
                    }
                    sb.append(" |");
                }
            }
            sb.append('\n');
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (Map.Entry<String, String> note : notes.entrySet()) {
                sb.append("- ").append(note.getKey()).append(": ").append(note.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    static String cell(Stats s) {
        return String.format(Locale.ROOT, s.median() >= 100 ? "%.0f ±%.0f%%" : s.median() >= 1 ? "%.1f ±%.0f%%" : "%.3f ±%.0f%%", s.median(), s.spread() * 100);
    }

    /** For the smoke test: the rows measured. */
    List<String> workloads() {
        return new ArrayList<>(table.keySet());
    }

    void close() {
        context.close(true);
    }
}
