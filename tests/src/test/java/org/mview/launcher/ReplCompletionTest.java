package org.mview.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Tab completion in the REPL (issue 14): from the declarations, for names and for attributes of bound names. */
class ReplCompletionTest {

    private static Context context(ByteArrayOutputStream out) {
        return Context.newBuilder("mview").out(out).err(out).build();
    }

    @Test
    void namesAttributesAndKeywordsComplete() {
        try (Context context = context(new ByteArrayOutputStream())) {
            context.eval("mview", "m = memoryview(b'ab')\nb = bytearray(b'x')\nf = lambda: m");
            Completions completions = new Completions(context, "mview");
            assertEquals(Set.of("m.tobytes", "m.tolist", "m.toreadonly"), completions.complete("m.to"));
            assertEquals(Set.of("b.append"), completions.complete("print(b.ap"));
            assertEquals(Set.of("m.obj.hex"), completions.complete("m.obj.he"));
            assertEquals(Set.of("memoryview"), completions.complete("len(memo"));
            assertEquals(Set.of("lambda", "len", "list"), completions.complete("x = l"));
            assertTrue(completions.complete("PyMemoryView_").contains("PyMemoryView_FromBuffer"));
            assertEquals(Set.of(), completions.complete("f()."), "a call is never evaluated to complete");
            assertEquals(Set.of(), completions.complete("m[0].to"));
            assertEquals(Set.of(), completions.complete("nosuchname.to"));
        }
    }

    private static int prompts(ByteArrayOutputStream screen) {
        String text = screen.toString(StandardCharsets.UTF_8);
        int n = 0;
        for (int at = text.indexOf(">>> "); at >= 0; at = text.indexOf(">>> ", at + 4)) {
            n++;
        }
        return n;
    }

    @Test
    void tabCompletesInTheTerminal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keyboard);
        // typed as a person would: each line once its prompt is on the screen (the line reader has the
        // terminal in raw mode by then); the menu keys of the double Tab a moment after the listing
        Thread typist = new Thread(() -> {
            try {
                String[][] script = {{"1", "x = memoryview(bytearray(b'abc'))\r"}, {"2", "x.tob\t()\r"}, {"3", "x.to\t\t"}, {"3", "\r"}, {"3", "\r"},
                                {"4", "len(x)\r"}, {"5", null}};
                for (String[] step : script) {
                    long deadline = System.nanoTime() + 30_000_000_000L;
                    while (prompts(out) < Integer.parseInt(step[0]) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    Thread.sleep(200);
                    if (step[1] == null) {
                        break;
                    }
                    keyboard.write(step[1].getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                }
                keyboard.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        typist.start();
        try (Context context = context(out);
                        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type("xterm").size(new Size(120, 40)).build()) {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            new Repl(context, "mview", print, print).runOn(terminal, null);
        }
        typist.join();
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("x.tobytes()"), () -> "the unique completion was inserted:\n" + screen);
        assertTrue(screen.contains("b'abc'"), () -> "and the completed call ran:\n" + screen);
        // the listed candidates are drawn as the typed prefix plus the rest, with colour between them
        assertTrue(screen.contains("list") && screen.contains("readonly"), () -> "two tabs list the candidates:\n" + screen);
        assertTrue(screen.contains("<built-in method tobytes of memoryview object"), () -> "the selected candidate was inserted:\n" + screen);
        assertTrue(screen.indexOf('3', screen.lastIndexOf("len(x)")) > 0, () -> "the session goes on:\n" + screen);
    }
}
