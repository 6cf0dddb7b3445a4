package org.mview.tests.graalpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Runs the GraalPy 25.1+ example of {@code docs/polyglot.md} and checks the output the page shows. */
class GraalPyDocsTest {

    private static final Path ROOT = Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize();

    @Test
    void theBufferExamplePrintsWhatTheDocsShow() throws IOException {
        Path script = ROOT.resolve("docs/examples/graalpy_buffers.py");
        String doc = Files.readString(ROOT.resolve("docs/polyglot.md"));
        Matcher shown = Pattern.compile("<!-- example: docs/examples/graalpy_buffers.py -->\\s*```python\\n(.*?)```\\s*prints\\s*```\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertEquals(true, shown.find(), "docs/polyglot.md shows graalpy_buffers.py and its output");
        assertEquals(Files.readString(script), shown.group(1), "the page shows the script as it is");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("python", "mview").allowAllAccess(true).out(out)
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(Source.newBuilder("python", script.toFile()).build());
        }
        assertEquals(shown.group(2), out.toString(StandardCharsets.UTF_8));
    }
}
