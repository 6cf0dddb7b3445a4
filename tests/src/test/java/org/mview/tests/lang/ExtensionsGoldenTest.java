package org.mview.tests.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs of {@code mview.Extensions} ({@code golden-extensions/<Name>.mv}). Their truth is
 * not CPython 3.13, which refuses them, but NumPy and {@code struct}: each program has a twin
 * {@code <Name>.numpy.py} that computes the same answers with NumPy, and {@code <Name>.out} is the
 * twin's output. Per program: mview with the option on prints {@code .out}; the twin (python3 with
 * NumPy) prints {@code .out}; with the option off mview refuses the program with the same error as
 * CPython 3.13. And every example of {@code docs/extensions.md} marked {@code <!-- golden: Name -->}
 * is a golden program with its output, verbatim.
 */
class ExtensionsGoldenTest {

    private static final Path ROOT = Paths.get("src/test/resources/golden-extensions");
    private static final Pattern DOC_EXAMPLE = Pattern.compile("<!-- golden: (\\w+) -->\\s*```python\\n(.*?)```\\s*```text\\n(.*?)```", Pattern.DOTALL);

    static List<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".mv")).sorted().toList();
        }
    }

    static Path sibling(Path program, String ext) {
        return program.resolveSibling(program.getFileName().toString().replaceAll("\\.mv$", ext));
    }

    record Run(String stdout, String error) {
    }

    static Run runMview(Path program, boolean extensions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String error = null;
        try (Context context = Context.newBuilder("mview").out(out).err(out).option("mview.Extensions", Boolean.toString(extensions)).build()) {
            context.eval(Source.newBuilder("mview", program.toFile()).build());
        } catch (PolyglotException e) {
            assertTrue(e.isGuestException(), () -> "internal error: " + e);
            error = e.getMessage();
        }
        return new Run(out.toString(StandardCharsets.UTF_8), error);
    }

    static Run runPython(String version, Path script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("python3", script.getFileName().toString()).directory(script.getParent().toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        if (version == null) {
            pb.environment().remove("PYENV_VERSION");
        } else {
            pb.environment().put("PYENV_VERSION", version);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        return new Run(out, p.exitValue() == 0 || lines.isEmpty() ? null : lines.get(lines.size() - 1));
    }

    @TestFactory
    List<DynamicTest> goldenPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs()) {
            String name = program.getFileName().toString();
            tests.add(DynamicTest.dynamicTest("mview with the option: " + name, () -> {
                Run run = runMview(program, true);
                assertEquals(null, run.error(), "uncaught error");
                assertEquals(Files.readString(sibling(program, ".out")), run.stdout());
            }));
            tests.add(DynamicTest.dynamicTest("NumPy twin: " + name, () -> {
                Run twin = runPython(null, sibling(program, ".numpy.py").toAbsolutePath());
                Assumptions.assumeFalse(twin.error() != null && twin.error().contains("No module named 'numpy'"), "NumPy not available: the twin did NOT run");
                assertEquals(null, twin.error(), "the twin failed");
                assertEquals(Files.readString(sibling(program, ".out")), twin.stdout());
            }));
            tests.add(DynamicTest.dynamicTest("without the option, CPython 3.13's refusal: " + name, () -> {
                Run off = runMview(program, false);
                assertNotNull(off.error(), "the program needs the option; without it mview must refuse it as CPython does");
                Run cpython = runPython("3.13.0", program.toAbsolutePath());
                Assumptions.assumeTrue(cpython.error() != null && !cpython.error().contains("pyenv"), "CPython 3.13 not available");
                assertEquals(cpython.error(), off.error());
                assertEquals(cpython.stdout(), off.stdout());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> docsExamplesAreGoldenPrograms() throws IOException {
        Path doc = Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize().resolve("docs/extensions.md");
        Matcher m = DOC_EXAMPLE.matcher(Files.readString(doc));
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            String code = m.group(2);
            String output = m.group(3);
            tests.add(DynamicTest.dynamicTest("docs/extensions.md " + name, () -> {
                assertEquals(Files.readString(ROOT.resolve(name + ".mv")), code, "the example is the golden program " + name + ".mv");
                assertEquals(Files.readString(ROOT.resolve(name + ".out")), output, "the example's output is " + name + ".out");
            }));
        }
        assertTrue(tests.size() >= 4, "docs/extensions.md shows every golden program");
        return tests;
    }
}
