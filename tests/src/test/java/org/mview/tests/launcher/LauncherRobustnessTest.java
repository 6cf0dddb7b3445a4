package org.mview.tests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mview.launcher.MViewMain;

/**
 * The {@code mview} command on hostile input (run in-process through {@link MViewMain#run}):
 * malformed files, binary garbage, huge inputs and deep nesting end with an error message and exit
 * status 1, and a Java stack trace never appears (those are for internal errors only).
 */
class LauncherRobustnessTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = MViewMain.run(args, new ByteArrayInputStream(stdin), o, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertCleanError(Result r, String what) {
        assertEquals(1, r.status(), () -> what + ": exit status; stderr: " + head(r.err()));
        assertFalse(r.err().isBlank(), () -> what + ": no error message");
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread") || r.err().contains("Internal GraalVM error"),
                        () -> what + ": a Java stack trace for a guest error: " + head(r.err()));
    }

    private static String head(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    private Result runFile(byte[] content) throws IOException {
        Path file = dir.resolve("input.mv");
        Files.write(file, content);
        return run(new byte[0], file.toString());
    }

    @Test
    void malformedFile() throws IOException {
        assertCleanError(runFile("memoryview(b'abc'".getBytes(StandardCharsets.UTF_8)), "unclosed call");
        assertCleanError(runFile(")))".getBytes(StandardCharsets.UTF_8)), "stray parens");
    }

    @Test
    void binaryGarbage() throws IOException {
        Random random = new Random(6);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[random.nextInt(4096) + 1];
            random.nextBytes(garbage);
            garbage[0] = (byte) 0xFF; // never a valid identifier start
            assertCleanError(runFile(garbage), "binary file " + i);
            assertCleanError(run(garbage, "-"), "binary stdin " + i);
        }
    }

    @Test
    void hugeInput() throws IOException {
        byte[] huge = "@".repeat(8 << 20).getBytes(StandardCharsets.UTF_8);
        assertCleanError(runFile(huge), "8 MiB file");
    }

    @Test
    void deepNesting() throws IOException {
        for (String open : new String[]{"(", "[", "-", "memoryview("}) {
            assertCleanError(runFile(open.repeat(200_000).getBytes(StandardCharsets.UTF_8)), "nesting " + open);
            assertCleanError(run(new byte[0], "-c", open.repeat(200_000)), "-c nesting " + open);
        }
    }
}
