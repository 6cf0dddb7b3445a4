package org.mview.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the .tar.gz into a temporary folder and runs it as a user would: from another folder,
 * through a symbolic link, with {@code HOME} pointing elsewhere (no {@code ~/.m2}, no Maven), a
 * {@code .mv}, a {@code .js} and a {@code .py} script.
 */
class DistributionIT {

    @TempDir
    static Path tmp;

    private static Path installed;
    private static Path home;
    private static Path work;
    private static Path command;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("mview.dist"));
        Path prefix = Files.createDirectories(tmp.resolve("opt"));
        assertEquals(0, new ProcessBuilder("tar", "xzf", archive.toString(), "-C", prefix.toString()).inheritIO().start().waitFor());
        installed = prefix.resolve("mview-" + System.getProperty("mview.version"));
        home = Files.createDirectories(tmp.resolve("home"));
        work = Files.createDirectories(tmp.resolve("work"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        command = Files.createSymbolicLink(bin.resolve("mview"), installed.resolve("bin/mview"));
    }

    /** Runs the linked command in the work folder with the user's HOME elsewhere; returns stdout, asserting exit 0. */
    private static String run(String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(command.toString()), Stream.of(args)).toList())
                        .directory(work.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(key -> key.startsWith("MVIEW_") || key.startsWith("MAVEN") || key.equals("XDG_CACHE_HOME") || key.equals("JAVA_HOME"));
        env.put("HOME", home.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "mview did not finish");
        assertEquals(0, p.exitValue(), () -> String.join(" ", args) + " printed:\n" + out);
        return out;
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void runsProgramsAndScriptsFromAnotherFolderWithHomeElsewhere() throws IOException, InterruptedException {
        List<String> shipped = filesUnder(installed);
        Files.writeString(work.resolve("prog.mv"), "m = memoryview(bytearray(b'abcdefgh')).cast('i')\nprint(m.tolist(), m.nbytes, m.format)\n");
        Files.writeString(work.resolve("script.js"), "const v = mview(new Int32Array([7, 8, 9]));\nconsole.log(v.format, v.nbytes, v[2]);\n");
        Files.writeString(work.resolve("script.py"), "v = mview(bytearray(b'xyz'))\nprint(v.format, len(v), v[1], v.readonly)\n");

        assertEquals("[1684234849, 1751606885] 8 i\n", run("prog.mv"));
        assertEquals("[1684234849, 1751606885] 8 i\n", run("prog.mv"), "again, with the start-up cache");
        assertEquals("i 12 9\n", run("script.js"));
        assertEquals("B 3 121 False\n", run("script.py"));
        assertEquals("[97, 98]\n", run("-c", "print(memoryview(b'ab').tolist())"));

        Path cache = home.resolve(".cache/mview/" + System.getProperty("mview.version"));
        assertTrue(Files.isDirectory(cache), "the start-up cache goes under the user's HOME");
        List<String> cached = filesUnder(cache).stream().filter(f -> f.startsWith("mview-")).toList();
        assertFalse(cached.isEmpty(), "a start-up cache was made");
        assertEquals(shipped, filesUnder(installed), "nothing is written into the installation");
    }

    @Test
    void needsNeitherMavenNorTheBuildTree() throws IOException {
        for (String script : List.of("bin/mview", "libexec/run-mview.sh", "libexec/find-jdk")) {
            String text = Files.readString(installed.resolve(script));
            assertFalse(text.contains(".m2") || text.contains("mvn") || text.contains("target/"), script + " refers to the build");
        }
        for (String dir : List.of("lib", "lib/polyglot", "lib/compiler")) {
            try (Stream<Path> jars = Files.list(installed.resolve(dir))) {
                assertTrue(jars.anyMatch(p -> p.toString().endsWith(".jar")), dir + " holds the jars");
            }
        }
        assertTrue(Files.exists(installed.resolve("lib/mview-language-" + System.getProperty("mview.version") + ".jar")));
        assertTrue(Files.exists(installed.resolve("lib/compiler/compiler-" + System.getProperty("mview.graalvm.version") + ".jar")));
        String notices = Files.readString(installed.resolve("THIRD-PARTY.txt"));
        for (String bundled : List.of("org.graalvm.polyglot:polyglot", "org.graalvm.js:js-language", "org.graalvm.python:python-language",
                        "org.graalvm.compiler:compiler", "org.jline:jline", "org.bouncycastle:bcprov-jdk18on")) {
            assertTrue(notices.contains(bundled), "THIRD-PARTY.txt names " + bundled);
        }
        assertTrue(Files.readString(installed.resolve("README")).startsWith("mview " + System.getProperty("mview.version") + "\n"));
    }
}
