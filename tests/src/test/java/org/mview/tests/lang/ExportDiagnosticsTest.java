package org.mview.tests.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * {@code mview.Extensions}' export diagnostics: a {@code release()} or a resize refused because exports
 * are alive names where each live export was acquired — the mview line, or the calling language's
 * location. Without the option the messages are CPython's, word for word.
 */
class ExportDiagnosticsTest {

    private static final String PROGRAM = String.join("\n",
                    "b = bytearray(b'abcd')",
                    "m = memoryview(b)",
                    "n = memoryview(b)[1:]",
                    "e = PyObject_GetBuffer(m, PyBUF_SIMPLE)",
                    "b.append(1)",
                    "");

    private static String failure(boolean extensions, String code, String name) {
        try (Context context = Context.newBuilder("mview", "js").allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL)
                        .option("mview.Extensions", Boolean.toString(extensions)).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(Source.newBuilder("mview", code, name).buildLiteral()));
            return e.getMessage();
        }
    }

    @Test
    void aRefusedResizeNamesTheLinesOfTheLiveExports() {
        assertEquals("BufferError: Existing exports of data: object cannot be re-sized (acquired at diag.mv:2, diag.mv:3)", failure(true, PROGRAM, "diag.mv"));
    }

    @Test
    void aRefusedReleaseNamesTheLineOfTheExport() {
        String program = PROGRAM.replace("b.append(1)", "m.release()");
        assertEquals("BufferError: memoryview has 1 exported buffer (acquired at diag.mv:4)", failure(true, program, "diag.mv"));
    }

    @Test
    void withoutTheOptionTheMessagesAreCPythons() {
        assertEquals("BufferError: Existing exports of data: object cannot be re-sized", failure(false, PROGRAM, "diag.mv"));
        assertEquals("BufferError: memoryview has 1 exported buffer", failure(false, PROGRAM.replace("b.append(1)", "m.release()"), "diag.mv"));
    }

    @Test
    void anExportMadeFromJavaScriptNamesTheScriptLine() {
        try (Context context = Context.newBuilder("mview", "js").option("mview.Extensions", "true").build()) {
            Value b = context.eval("mview", "bytearray(b'abcd')");
            Value memoryview = context.eval("mview", "memoryview");
            context.getBindings("js").putMember("b", b);
            context.getBindings("js").putMember("memoryview", memoryview);
            // JS calls memoryview through an interop message that leaves no call node on the stack; the
            // innermost JS call site that does is the call of view() on line 5, where the view is made
            context.eval(Source.newBuilder("js", "function view(x) {\n  return memoryview(x);\n}\nfor (let i = 0; i < 3; i++) { view(b).release(); }\nvar v = view(b);\n", "views.js").buildLiteral());
            Value append = context.eval("mview", "lambda b: b.append(1)");
            PolyglotException e = assertThrows(PolyglotException.class, () -> append.execute(b));
            assertEquals("BufferError: Existing exports of data: object cannot be re-sized (acquired at views.js:5)", e.getMessage());
        }
    }
}
