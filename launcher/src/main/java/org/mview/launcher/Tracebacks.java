package org.mview.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Prints a guest error as Python prints an uncaught exception: a traceback whose last line is
 * {@code Type: message}. Syntax errors get Python's {@code File "...", line N} header instead. Only an
 * internal error (a bug in mview) prints a Java stack trace.
 */
final class Tracebacks {

    private Tracebacks() {
    }

    static void print(PolyglotException e, PrintStream err) {
        if (e.isInternalError()) {
            err.println("mview: internal error (please report it):");
            e.printStackTrace(err);
            return;
        }
        if (e.isSyntaxError()) {
            SourceSection location = e.getSourceLocation();
            if (location != null) {
                err.println("  File \"" + location.getSource().getName() + "\", line " + location.getStartLine());
                String line = location.getSource().getCharacters(location.getStartLine()).toString();
                err.println("    " + line.strip());
                int indent = line.length() - line.stripLeading().length();
                err.println("    " + " ".repeat(Math.max(0, location.getStartColumn() - 1 - indent)) + "^");
            }
            err.println(message(e));
            return;
        }
        err.println("Traceback (most recent call last):");
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (!frame.isGuestFrame()) {
                continue;
            }
            SourceSection location = frame.getSourceLocation();
            if (location == null) {
                continue;
            }
            String name = frame.getRootName();
            err.println("  File \"" + location.getSource().getName() + "\", line " + location.getStartLine() + ", in "
                            + (name == null || name.isEmpty() ? "<module>" : name));
            err.println("    " + location.getCharacters().toString().lines().findFirst().orElse("").strip());
        }
        err.println(message(e));
    }

    /** The last line: {@code Type: message} for mview errors, the engine's message for others. */
    static String message(PolyglotException e) {
        String message = e.getMessage();
        return message == null ? "Error" : message;
    }
}
