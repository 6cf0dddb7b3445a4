package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.function.Executable;

/**
 * One engine and one context with GraalJS, GraalPy and mview for every polyglot test class: GraalPy
 * takes 5-9 s to start, so the suite pays for it once. Tests use fresh objects and never rely on
 * global state left by another test.
 */
abstract class PolyglotSupport {

    private static Context shared;

    /** The shared context's standard output: {@link #captureOutput} collects it, otherwise it goes to System.out. */
    private static final java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    private static volatile boolean capturing;
    private static final java.io.OutputStream OUT = new java.io.OutputStream() {
        @Override
        public void write(int b) {
            if (capturing) {
                captured.write(b);
            } else {
                System.out.write(b);
            }
        }
    };

    /** Runs {@code action} and returns what the shared context printed meanwhile. */
    static synchronized String captureOutput(Runnable action) {
        captured.reset();
        capturing = true;
        try {
            action.run();
        } finally {
            capturing = false;
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static synchronized Context context() {
        if (shared == null) {
            Engine engine = Engine.newBuilder("js", "python", "mview").option("engine.WarnInterpreterOnly", "false").build();
            shared = Context.newBuilder("js", "python", "mview").engine(engine).out(OUT).allowAllAccess(true).build();
            shared.eval("python", "import array, mmap, polyglot");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.close(true)));
        }
        return shared;
    }

    /** mview's {@code memoryview}. */
    static Value memoryview(Object obj) {
        return context().eval("mview", "memoryview").execute(obj);
    }

    static Value js(String code) {
        return context().eval("js", code);
    }

    static Value py(String code) {
        return context().eval("python", code);
    }

    /** Asserts that {@code action} raises the mview (Python-typed) error {@code Type: message}. */
    static PolyglotException assertPythonError(String expected, Executable action) {
        PolyglotException e = assertThrows(PolyglotException.class, action);
        assertTrue(e.isGuestException(), () -> "not a guest exception: " + e);
        assertEquals(expected, e.getMessage());
        return e;
    }

    /** A sequence value (list, tuple, nested) as {@code [a, b, ...]}; anything else by its display string. */
    static String str(Value v) {
        if (v.hasArrayElements() && !v.hasBufferElements()) {
            StringBuilder sb = new StringBuilder("[");
            for (long i = 0; i < v.getArraySize(); i++) {
                sb.append(i == 0 ? "" : ", ").append(str(v.getArrayElement(i)));
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }
}
