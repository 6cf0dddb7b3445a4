package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.URLClassLoader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every recipe of {@code docs/polyglot.md}: the example scripts in the shared context and through {@code ./mview}, the Java block compiled. */
class DocsRecipesTest extends PolyglotSupport {

    private static final Path ROOT = Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("docs/examples");

    @TempDir
    static Path tmp;

    private static Path countsFile() throws IOException {
        Path file = tmp.resolve("counts.bin");
        if (!Files.exists(file)) {
            byte[] bytes = {'M', 'V', 'W', '1', 10, 0, 0, 0, 20, 0, 0, 0, 30, 0, 0, 0};
            Files.write(file, bytes);
        }
        return file;
    }

    /** Evaluates a recipe script in the shared context with the bindings {@code ./mview} gives it. */
    private static String runScript(String language, String name, MemorySegment data) throws IOException {
        Value globals = context().getBindings(language);
        globals.putMember("mview", context().getBindings("mview").getMember("memoryview"));
        if (data != null) {
            globals.putMember("data", data);
        }
        Source source = Source.newBuilder(language, EXAMPLES.resolve(name).toFile()).build();
        return captureOutput(() -> context().eval(source));
    }

    @Test
    void imageRecipe() throws IOException {
        assertEquals("JS sees: 255,254,253,3,251,250,249,7\nJS sum: 250 shape: (2, 3)\n", runScript("python", "image.py", null));
    }

    @Test
    void mappedFileRecipe() throws IOException {
        try (Arena arena = Arena.ofShared(); FileChannel channel = FileChannel.open(countsFile(), StandardOpenOption.READ)) {
            MemorySegment data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena).asReadOnly();
            assertEquals("MVW1 [10, 20, 30] JS total: 60 read-only: True\n", runScript("python", "mapped.py", data));
            assertEquals("MVW1 10,20,30 B 16\n", runScript("js", "mapped.js", data));
        }
    }

    @Test
    void javaNioRecipe() throws Exception {
        String markdown = Files.readString(ROOT.resolve("docs/polyglot.md"));
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertTrue(block.find(), "no java block in docs/polyglot.md");
        Path dir = tmp.resolve("recipe");
        Files.createDirectories(dir);
        Path file = dir.resolve("NioToPython.java");
        Files.writeString(file, block.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, System.err, "-proc:none", "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
        assertEquals(0, status, "the recipe does not compile");
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            Object result = loader.loadClass("NioToPython").getMethod("run", org.graalvm.polyglot.Context.class).invoke(null, context());
            assertEquals("100.0 40.0", result);
        }
    }

    /** The scripts through the real command: GraalJS and GraalPy joined to the class path for them. */
    @Test
    void recipesThroughTheLauncher() throws Exception {
        Path launcherJar = ROOT.resolve("launcher/target/mview-launcher-0.1.0-SNAPSHOT.jar");
        assumeTrue(Files.exists(launcherJar) && Files.exists(ROOT.resolve("launcher/target/classpath-polyglot.txt")), "launcher not built");
        String counts = countsFile().toString();
        assertEquals("MVW1 10,20,30 B 16\n", launch("--map", "data=" + counts, EXAMPLES.resolve("mapped.js").toString()));
        assertEquals("MVW1 [10, 20, 30] JS total: 60 read-only: True\n", launch("--map", "data=" + counts, EXAMPLES.resolve("mapped.py").toString()));
    }

    private static String launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("mview").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

}
