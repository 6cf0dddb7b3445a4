package org.mview.tests.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
import org.mview.tests.FlatJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code golden/**}{@code /*.mv} program: mview's stdout must equal the sibling {@code .out};
 * a program that ends with an uncaught error has a {@code .err} holding the last traceback line. A
 * second test per file runs the program through CPython 3.13 and checks that CPython prints the same,
 * so the expected files are CPython's truth.
 */
class GoldenTest {

    private static final Path ROOT = Paths.get("src/test/resources/golden");

    static String normalize(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0x…");
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".mv")).sorted().toList();
        }
    }

    static String expected(Path program, String ext) throws IOException {
        Path p = program.resolveSibling(program.getFileName().toString().replaceAll("\\.mv$", ext));
        return Files.exists(p) ? Files.readString(p) : null;
    }

    @TestFactory
    List<DynamicTest> mview() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs()) {
            tests.add(DynamicTest.dynamicTest("mview " + ROOT.relativize(program), () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String error = null;
                try (Context context = Context.newBuilder("mview").out(out).err(out).allowAllAccess(true).build()) {
                    context.eval(Source.newBuilder("mview", program.toFile()).build());
                } catch (PolyglotException e) {
                    assertTrue(e.isGuestException(), () -> "internal error: " + e);
                    error = e.getMessage();
                }
                String expectedErr = expected(program, ".err");
                assertEquals(expectedErr == null ? null : normalize(expectedErr.strip()), error == null ? null : normalize(error), "uncaught error");
                assertEquals(normalize(expected(program, ".out")), normalize(out.toString(StandardCharsets.UTF_8)));
            }));
        }
        return tests;
    }

    /** Runs every golden program through one CPython 3.13 process; null when CPython 3.13 is missing. */
    private static Map<String, Map<String, String>> cpythonResults(List<Path> programs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "golden-tools/batch.py"));
        for (Path program : programs) {
            command.add(program.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYENV_VERSION", "3.13.0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONHASHSEED", "0");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return null;
        }
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            System.err.println("GoldenTest: CPython 3.13 not usable: " + stderr.strip());
            return null;
        }
        Map<String, Map<String, String>> results = new HashMap<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                Map<String, String> result = FlatJson.parse(line);
                results.put((String) result.get("file"), result);
            }
        }
        return results;
    }

    @TestFactory
    List<DynamicTest> cpython() throws IOException, InterruptedException {
        List<Path> programs = programs();
        Map<String, Map<String, String>> results = cpythonResults(programs);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            tests.add(DynamicTest.dynamicTest("cpython " + ROOT.relativize(program), () -> {
                if (results == null) {
                    System.err.println("GoldenTest: CPython 3.13 not found: the CPython check of the golden files did NOT run");
                    Assumptions.abort("CPython 3.13 not available");
                }
                Map<String, String> result = results.get(program.toString());
                assertEquals(normalize(expected(program, ".out")), normalize(result.get("stdout")));
                String expectedErr = expected(program, ".err");
                String error = result.get("error");
                assertEquals(expectedErr == null ? null : normalize(expectedErr.strip()), error == null ? null : normalize(error), "uncaught error");
            }));
        }
        return tests;
    }
}
