package org.mview.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Python's interactive loop: reads a statement (asking for continuation lines while the input is
 * incomplete, and until a blank line after a compound statement's header), runs it, prints the repr of
 * its value when it is not None, and carries on after errors. On a terminal it edits lines with JLine
 * and keeps a history; otherwise (with {@code -i}) it reads plain lines, with the prompts on stderr
 * exactly as {@code python3 -i} does.
 */
final class Repl {

    static final String PS1 = ">>> ";
    static final String PS2 = "... ";

    private final Context context;
    private final String language;
    private final PrintStream out;
    private final PrintStream err;

    Repl(Context context, String language, PrintStream out, PrintStream err) {
        this.context = context;
        this.language = language;
        this.out = out;
        this.err = err;
    }

    /** Reads lines; returns null at the end of input. */
    private interface LineSource {
        String read(String prompt) throws IOException;
    }

    void runOnTerminal() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            runOn(terminal, Path.of(System.getProperty("user.home"), ".mview_history"));
        }
    }

    /** The loop on a JLine terminal, with Tab completion ({@link Completions}) and a history file (or none). */
    void runOn(Terminal terminal, Path history) throws IOException {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("mview").completer(new Completions(context, language));
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        LineReader reader = builder.build();
        loop(prompt -> {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    out.println("KeyboardInterrupt");
                    prompt = PS1;
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        });
    }

    void runOnStream(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        loop(prompt -> {
            err.print(prompt);
            err.flush();
            return reader.readLine();
        });
        err.println();
    }

    private void loop(LineSource lines) throws IOException {
        while (true) {
            String first = lines.read(PS1);
            if (first == null) {
                return;
            }
            if (first.isBlank()) {
                continue;
            }
            StringBuilder buffer = new StringBuilder(first).append('\n');
            boolean block = first.stripTrailing().endsWith(":");
            while (true) {
                if (!block && !isIncomplete(buffer.toString())) {
                    break;
                }
                String next = lines.read(PS2);
                if (next == null || (block && next.isBlank())) {
                    break;
                }
                buffer.append(next).append('\n');
            }
            evaluate(buffer.toString());
        }
    }

    private boolean isIncomplete(String text) {
        try {
            context.parse(source(text));
            return false;
        } catch (PolyglotException e) {
            return e.isIncompleteSource();
        }
    }

    private Source source(String text) {
        return Source.newBuilder(language, text, "<stdin>").interactive(true).cached(false).buildLiteral();
    }

    private void evaluate(String text) {
        try {
            // An interactive source prints the repr of each expression statement itself, as Python does.
            context.eval(source(text));
            out.flush();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                throw e;
            }
            out.flush();
            Tracebacks.print(e, err);
            err.flush();
        }
    }
}
