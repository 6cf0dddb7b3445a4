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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Assumptions;
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

    private static ProcessBuilder versionCheck() {
        ProcessBuilder pb = new ProcessBuilder("python3", "--version");
        pb.environment().put("PYENV_VERSION", "3.13.0");
        return pb;
    }

    @TestFactory
    List<DynamicTest> cpython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs()) {
            tests.add(DynamicTest.dynamicTest("cpython " + ROOT.relativize(program), () -> {
                ProcessBuilder pb = new ProcessBuilder("python3", program.toString());
                pb.environment().put("PYENV_VERSION", "3.13.0");
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process process;
                try {
                    process = pb.start();
                    process.getOutputStream().close();
                    String version = new String(versionCheck().start().getInputStream().readAllBytes()).strip();
                    if (!version.startsWith("Python 3.13")) {
                        System.err.println("GoldenTest: CPython 3.13 not found (" + version + "), skipping CPython check");
                        Assumptions.abort("CPython 3.13 not available: " + version);
                    }
                } catch (IOException e) {
                    System.err.println("GoldenTest: python3 not found, skipping CPython check");
                    Assumptions.abort("python3 not available");
                    return;
                }
                byte[] stdout = process.getInputStream().readAllBytes();
                String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(60, TimeUnit.SECONDS));
                assertEquals(normalize(expected(program, ".out")), normalize(new String(stdout, StandardCharsets.UTF_8)));
                String expectedErr = expected(program, ".err");
                String[] lines = stderr.strip().split("\n");
                assertEquals(expectedErr == null ? "" : normalize(expectedErr.strip()), normalize(lines[lines.length - 1].strip()));
            }));
        }
        return tests;
    }
}
