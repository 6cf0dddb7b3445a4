package org.mview.tests.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mview.launcher.MViewMain;

/**
 * The launcher's modes, run in-process through {@link MViewMain#run}; where CPython 3.13 is present,
 * the same command line is run through {@code python3} and must print the same (memory addresses
 * aside), so the expectations are CPython's.
 */
class LauncherTest {

    private static final Path ROOT = Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize();

    private record Result(int status, String out, String err) {
    }

    private static Result mview(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MViewMain.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The same command line run by CPython 3.13, or null when it is not installed. */
    private static Result cpython(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        pb.environment().put("PYENV_VERSION", "3.13.0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null;
        }
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (err.contains("version") && err.contains("not installed")) {
            return null;
        }
        return new Result(p.exitValue(), out, err);
    }

    private static String addresses(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0x…");
    }

    private static String lastLine(String s) {
        List<String> lines = s.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static void assertSameAsCPython(Result ours, Result theirs, boolean compareStderr) {
        if (theirs == null) {
            System.err.println("LauncherTest: CPython 3.13 not found: the CPython comparison did NOT run");
            return;
        }
        assertEquals(theirs.status(), ours.status(), "exit status");
        assertEquals(addresses(theirs.out()), addresses(ours.out()), "stdout");
        if (compareStderr) {
            assertEquals(addresses(theirs.err()), addresses(ours.err()), "stderr");
        } else {
            assertEquals(lastLine(theirs.err()), lastLine(ours.err()), "last line of stderr");
        }
    }

    @Test
    void runsAFile() throws Exception {
        Result ours = mview("", ROOT.resolve("examples/quickstart.mv").toString());
        assertEquals(0, ours.status());
        assertEquals("i 4 (4,)\n", ours.out().lines().findFirst().orElse("") + "\n");
        assertSameAsCPython(ours, cpython("", "examples/quickstart.mv"), true);
    }

    @Test
    void uncaughtErrorPrintsATracebackAndExitsOne() throws Exception {
        String code = "m = memoryview(b'abc')\nm[5]";
        Result ours = mview("", "-c", code);
        assertEquals(1, ours.status());
        assertEquals("IndexError: index out of bounds on dimension 1", lastLine(ours.err()));
        assertTrue(ours.err().startsWith("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n    m[5]\n"), ours.err());
        assertSameAsCPython(ours, cpython("", "-c", code), false);
    }

    @Test
    void syntaxErrorNamesTheLine() throws Exception {
        Result ours = mview("", "-c", "x = 1\n(1,");
        assertEquals(1, ours.status());
        assertEquals("SyntaxError: '(' was never closed", lastLine(ours.err()));
        assertTrue(ours.err().contains("File \"<string>\", line 2"), ours.err());
        assertSameAsCPython(ours, cpython("", "-c", "x = 1\n(1,"), false);
    }

    @Test
    void interactiveOnAPipeIsPythonMinusI() throws Exception {
        String session = "m = memoryview(bytearray(b\"ab\"))\nm[0]\n1/0\nwith m as v:\n    v[1]\n\nm\nprint('done')\n";
        Result ours = mview(session, "-i", "-q");
        assertEquals(0, ours.status());
        assertEquals("97\n98\n<released memory at 0x…>\ndone\n", addresses(ours.out()));
        assertTrue(ours.err().startsWith(">>> >>> >>> Traceback (most recent call last):\n"), ours.err());
        assertTrue(ours.err().contains("ZeroDivisionError: division by zero\n>>> ... ... >>> >>> >>> \n"), ours.err());
        Result theirs = cpython(session, "-i", "-q");
        if (theirs != null) {
            assertEquals(addresses(theirs.out()), addresses(ours.out()));
            // CPython also shows the failing line with carets (~^~); the prompts and the error line agree.
            assertEquals(theirs.err().replaceAll("(?m)^    .*\\n", ""), ours.err().replaceAll("(?m)^    .*\\n", ""));
        }
    }

    @Test
    void interactiveAfterACommandKeepsItsNames() {
        Result ours = mview("x\n", "-i", "-q", "-c", "x = memoryview(b'hi').tolist()");
        assertEquals("[104, 105]\n", ours.out());
    }

    @Test
    void mapsAFileReadOnlyAndReadWrite(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("img.raw");
        byte[] pixels = new byte[480 * 640 * 3];
        pixels[(10 * 640 + 20) * 3 + 1] = 77;
        Files.write(file, pixels);
        Result read = mview("", "--map", "f=" + file, "-c", "print(memoryview(f).cast('B', [480, 640, 3])[10, 20, 1], memoryview(f).readonly)");
        assertEquals("77 True\n", read.out(), read.err());
        Result refused = mview("", "--map", "f=" + file, "-c", "memoryview(f)[0] = 1");
        assertEquals(1, refused.status());
        assertEquals("TypeError: cannot modify read-only memory", lastLine(refused.err()));
        Result write = mview("", "--map-rw", "f=" + file, "-c", "memoryview(f)[0] = 200");
        assertEquals(0, write.status(), write.err());
        assertEquals((byte) 200, Files.readAllBytes(file)[0]);
    }

    @Test
    void helpVersionAndBadCommandLines() {
        Result help = mview("", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("usage: mview [option] ..."), help.out());
        Result version = mview("", "--version");
        assertEquals("mview 0.1.0\n", version.out());
        Result bad = mview("", "--frobnicate");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("Unknown option: --frobnicate"), bad.err());
        Result missing = mview("", "no-such-file.mv");
        assertEquals(2, missing.status());
        assertEquals("mview: can't open file 'no-such-file.mv': [Errno 2] No such file or directory", lastLine(missing.err()));
        Result noCode = mview("", "-c");
        assertEquals(2, noCode.status());
        assertTrue(noCode.err().startsWith("Argument expected for the -c option"), noCode.err());
    }

    @Test
    void engineOptionsPassThrough() {
        Result traced = mview("", "--engine.WarnInterpreterOnly=false", "-c", "print(1)");
        assertEquals("1\n", traced.out(), traced.err());
        Result unknown = mview("", "--engine.NoSuchOption=1", "-c", "print(1)");
        assertEquals(2, unknown.status());
    }

    @Test
    void stdinIsAProgramWhenNotInteractive() {
        Assumptions.assumeTrue(System.console() == null || !System.console().isTerminal());
        Result ours = mview("print(memoryview(b'ok').tobytes())\n");
        assertEquals("b'ok'\n", ours.out());
    }

    @Test
    void bigIntValuesOfStatementsPrintAsInCPython() throws Exception {
        Result command = mview("", "-c", "2**64");
        assertEquals(0, command.status(), command.err());
        assertEquals("", command.out() + command.err());
        String session = "2**64\nmemoryview(bytearray(b'\\xff'*8)).cast('Q')[0]\n-2**70\n";
        Result ours = mview(session, "-i", "-q");
        assertEquals(0, ours.status(), ours.err());
        assertEquals("18446744073709551616\n18446744073709551615\n-1180591620717411303424\n", ours.out());
        assertFalse(ours.err().contains("internal error"), ours.err());
        assertSameAsCPython(ours, cpython(session, "-i", "-q"), true);
    }

    @Test
    void rawAddressesNeedTheNativeAccessFlag(@TempDir Path dir) throws IOException {
        String refusal = "ValueError: PyMemoryView_FromMemory(): raw memory addresses need native access, which the embedder has not allowed (Context.Builder.allowNativeAccess)";
        Result refused = mview("", "-c", "PyMemoryView_FromMemory(4096, 8, PyBUF_READ)[0]");
        assertEquals(1, refused.status());
        assertEquals(refusal, lastLine(refused.err()));
        Result allowed = mview("", "--allow-native-access", "-c", "print(len(PyMemoryView_FromMemory(4096, 0, PyBUF_READ)))");
        assertEquals("0\n", allowed.out(), allowed.err());
        Path script = dir.resolve("raw.js");
        Files.writeString(script, "try { Polyglot.eval('mview', 'PyMemoryView_FromMemory(4096, 8, PyBUF_READ)[0]'); } catch (e) { console.log(e.message); }\n");
        Result js = mview("", script.toString());
        assertEquals(refusal + "\n", js.out(), js.err());
    }

    @Test
    void scriptsGetNoHostClassesFilesOrProcesses(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("reach.js");
        Files.writeString(script, """
                        console.log(typeof Java);
                        console.log(mview(new ArrayBuffer(3)).nbytes);
                        """);
        Result js = mview("", script.toString());
        assertEquals(0, js.status(), js.err());
        assertEquals("undefined\n3\n", js.out());
        Path py = dir.resolve("reach.py");
        Files.writeString(py, """
                        import os
                        try:
                            os.listdir('/')
                            print('files readable')
                        except Exception as e:
                            print('files refused')
                        try:
                            import java
                            java.type('java.lang.System')
                            print('host classes')
                        except Exception as e:
                            print('host refused')
                        print(mview(bytearray(4)).nbytes)
                        """);
        Result python = mview("", py.toString());
        assertEquals("files refused\nhost refused\n4\n", python.out(), python.err());
    }
}
