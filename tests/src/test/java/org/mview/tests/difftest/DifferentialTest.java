package org.mview.tests.difftest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.mview.tests.FlatJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test: random programs from {@code tools/difftest/generate.py} run in CPython 3.13
 * (the truth, via {@code run_cpython.py}) and in mview (in-process, one shared engine, a fresh
 * context per program); stdout and the final uncaught error line ({@code Type: message}) must be
 * equal after normalizing memory addresses.
 *
 * <p>Two generators feed it: {@code generate.py} (programs over the whole memoryview surface, run as
 * files) and {@code geometry.py} (random view geometries built with {@code PyMemoryView_FromBuffer}
 * over the same bytes in both systems, CPython's side through its real C function via ctypes, then
 * the whole surface applied to each; run in interactive mode on both sides, so a bare expression
 * statement prints its repr as in the REPL).
 *
 * <p>System properties: {@code mview.difftest.seed} (default 1), {@code mview.difftest.count}
 * (programs, default 2000), {@code mview.difftest.geometry.count} (geometry programs, default 2000),
 * {@code mview.difftest.long=true} (default counts 20000),
 * {@code mview.difftest.python} (CPython command, default {@code python3} with
 * {@code PYENV_VERSION=3.13.0}), {@code mview.root} (repository root). Deliberate deviations are
 * listed in {@code tools/difftest/known-deviations.txt}. Without CPython 3.13 the test aborts
 * loudly; it never passes silently.
 */
class DifferentialTest {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");
    private static final int MAX_SHRUNK = 20;
    private static final int MAX_REPORTED = 50;

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

    record Result(String stdout, String error) {
        boolean sameAs(Result o) {
            return stdout.equals(o.stdout) && Objects.equals(error, o.error);
        }
    }

    record Deviation(Pattern pattern, String reason) {
    }

    /** A generator of programs and how both systems run them. */
    record Generator(String what, String script, String countProperty, boolean interactive, String reportName) {
    }

    static final Generator PROGRAMS = new Generator("programs", "generate.py", "mview.difftest.count", false, "difftest-report.txt");
    static final Generator GEOMETRIES = new Generator("geometry programs", "geometry.py", "mview.difftest.geometry.count", true, "geometry-report.txt");

    @Test
    void cpythonAndMviewAgree() throws Exception {
        compare(PROGRAMS);
    }

    @Test
    void geometriesAgreeWithCPython() throws Exception {
        compare(GEOMETRIES);
    }

    private static void compare(Generator generator) throws Exception {
        String python = cpythonOrAbort();
        long seed = Long.getLong("mview.difftest.seed", 1L);
        int defaultCount = Boolean.getBoolean("mview.difftest.long") ? 20_000 : 2_000;
        int count = Integer.getInteger(generator.countProperty(), defaultCount);
        Path dir = Files.createTempDirectory("mview-difftest-");
        Path tools = root.resolve("tools/difftest");
        runPython(python, tools.resolve(generator.script()).toString(), "--seed", Long.toString(seed),
                        "--count", Integer.toString(count), "--out", dir.toString(), "--quiet");
        runPython(python, runnerArguments(generator, dir));
        Map<String, Result> expected = readExpected(dir.resolve("expected.jsonl"));
        List<Deviation> deviations = readDeviations(tools.resolve("known-deviations.txt"));

        List<String> differing = new ArrayList<>();
        int excused = 0;
        for (Map.Entry<String, Result> entry : expected.entrySet()) {
            String name = entry.getKey();
            String program = Files.readString(dir.resolve(name + ".mv"));
            Result actual = runMview(name + ".mv", program, generator.interactive());
            if (!actual.sameAs(entry.getValue())) {
                if (isExcused(program, deviations)) {
                    excused++;
                } else {
                    differing.add(name);
                }
            }
        }
        if (differing.isEmpty()) {
            System.out.printf("differential test: %d %s (seed %d) agree with CPython, %d excused by known deviations%n",
                            expected.size(), generator.what(), seed, excused);
            return;
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%d of %d %s (seed %d) differ from CPython 3.13 (%d excused); programs kept in %s%n",
                        differing.size(), expected.size(), generator.what(), seed, excused, dir));
        int shown = 0;
        for (String name : differing) {
            if (shown++ >= MAX_REPORTED) {
                report.append("... ").append(differing.size() - MAX_REPORTED).append(" more\n");
                break;
            }
            String program = Files.readString(dir.resolve(name + ".mv"));
            String reproducer = shown <= MAX_SHRUNK ? shrink(generator, python, program, dir) : program;
            Result cpython = runCpython(generator, python, reproducer, dir);
            Result mview = runMview(name + ".mv", reproducer, generator.interactive());
            report.append("\n=== ").append(name).append(shown <= MAX_SHRUNK ? " (shrunk)" : "").append(" ===\n")
                            .append(reproducer)
                            .append("--- CPython 3.13 stdout ---\n").append(cpython.stdout())
                            .append("--- CPython error: ").append(cpython.error()).append('\n')
                            .append("--- mview stdout ---\n").append(mview.stdout())
                            .append("--- mview error: ").append(mview.error()).append('\n');
        }
        Path reportFile = root.resolve("tests/target/" + generator.reportName());
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, report);
        fail(report.toString());
    }

    // ---------------------------------------------------------------- mview

    private static String[] runnerArguments(Generator generator, Path dir) {
        String runner = root.resolve("tools/difftest/run_cpython.py").toString();
        return generator.interactive() ? new String[]{runner, dir.toString(), "--interactive"} : new String[]{runner, dir.toString()};
    }

    private static Result runMview(String name, String program, boolean interactive) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String error = null;
        try (Context context = Context.newBuilder("mview").engine(engine).out(out).err(err).build()) {
            try {
                context.eval(Source.newBuilder("mview", program, name).interactive(interactive).buildLiteral());
            } catch (PolyglotException e) {
                error = e.isInternalError() ? "INTERNAL ERROR: " + e : e.getMessage();
            }
        } catch (RuntimeException e) {
            error = "HOST ERROR: " + e;
        }
        return new Result(normalize(out.toString(StandardCharsets.UTF_8)), error == null ? null : normalize(error));
    }

    // ---------------------------------------------------------------- shrinking

    /** Deletes top-level statements (whole try/with blocks) while the difference persists. */
    private static String shrink(Generator generator, String python, String program, Path dir) throws Exception {
        List<String> blocks = splitBlocks(program);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                if (blocks.get(i).startsWith("#")) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(blocks);
                candidate.remove(i);
                String text = String.join("", candidate);
                if (!runMview("shrink.mv", text, generator.interactive()).sameAs(runCpython(generator, python, text, dir))) {
                    blocks = candidate;
                    progress = true;
                }
            }
        }
        return String.join("", blocks);
    }

    static List<String> splitBlocks(String program) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : program.split("(?<=\n)")) {
            boolean continuation = line.startsWith(" ") || line.startsWith("\t") || line.startsWith("except")
                            || line.startsWith("finally") || line.startsWith("else");
            if (current == null || !continuation) {
                if (current != null) {
                    blocks.add(current.toString());
                }
                current = new StringBuilder();
            }
            current.append(line);
        }
        if (current != null) {
            blocks.add(current.toString());
        }
        return blocks;
    }

    // ---------------------------------------------------------------- CPython

    private static String cpythonOrAbort() {
        String python = System.getProperty("mview.difftest.python", "python3");
        String version;
        try {
            Process p = pythonProcess(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])")
                            .redirectErrorStream(true).start();
            version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            version = "unavailable (" + e + ")";
        }
        if (!version.equals("3.13")) {
            String msg = "CPython 3.13 not found: differential test NOT run (" + python + " with PYENV_VERSION=3.13.0 reports: "
                            + version + ")";
            System.err.println("!!!!!!!! " + msg);
            Assumptions.abort(msg);
        }
        return python;
    }

    private static ProcessBuilder pythonProcess(String python, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(python);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putIfAbsent("PYENV_VERSION", "3.13.0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        return pb;
    }

    private static String runPython(String python, String... args) throws IOException, InterruptedException {
        Process p = pythonProcess(python, args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail("python " + String.join(" ", args) + " failed:\n" + output);
        }
        return output;
    }

    private static Result runCpython(Generator generator, String python, String program, Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("shrink"));
        Files.writeString(one.resolve("s.mv"), program);
        runPython(python, runnerArguments(generator, one));
        return readExpected(one.resolve("expected.jsonl")).get("s");
    }

    // ---------------------------------------------------------------- files

    static String normalize(String text) {
        return ADDRESS.matcher(text).replaceAll("0x\u2026");
    }

    static List<Deviation> readDeviations(Path file) throws IOException {
        List<Deviation> list = new ArrayList<>();
        if (!Files.exists(file)) {
            return list;
        }
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int sep = t.indexOf(" ;; ");
            if (sep < 0) {
                fail("known-deviations.txt: every entry needs 'REGEX ;; reason': " + line);
            }
            list.add(new Deviation(Pattern.compile(t.substring(0, sep)), t.substring(sep + 4)));
        }
        return list;
    }

    private static boolean isExcused(String program, List<Deviation> deviations) {
        for (Deviation d : deviations) {
            if (d.pattern().matcher(program).find()) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Result> readExpected(Path jsonl) throws IOException {
        Map<String, Result> map = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> obj = FlatJson.parse(line);
            map.put(obj.get("name"), new Result(obj.get("stdout"), obj.get("error")));
        }
        return map;
    }
}
