package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** A fresh mview context per test on a shared engine, and assertions for Python errors. */
public abstract class MViewTestSupport {

    private static final Engine ENGINE = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();

    protected Context context;

    @BeforeEach
    void openContext() {
        context = Context.newBuilder("mview").engine(ENGINE).allowAllAccess(true).build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected static Engine engine() {
        return ENGINE;
    }

    protected Value builtin(String name) {
        return context.getBindings("mview").getMember(name);
    }

    /** {@code memoryview(obj)}. */
    protected Value view(Object obj) {
        return builtin("memoryview").execute(obj);
    }

    /** A read-only view over a copy of {@code bytes} (like {@code memoryview(b'...')}). */
    protected Value readonlyView(byte[] bytes) {
        return builtin("PyMemoryView_FromMemory").execute(bytes.clone(), bytes.length, 0x100);
    }

    protected static byte[] range(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    /** Asserts that {@code action} raises the Python error {@code Type: message}. */
    protected static PolyglotException assertPythonError(String expected, Executable action) {
        PolyglotException e = assertThrows(PolyglotException.class, action);
        assertTrue(e.isGuestException(), () -> "not a guest exception: " + e);
        assertEquals(expected, e.getMessage());
        return e;
    }

    /** The items of an array value as longs (Python ints). */
    protected static java.util.List<Long> longs(Value array) {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (long i = 0; i < array.getArraySize(); i++) {
            out.add(array.getArrayElement(i).asLong());
        }
        return out;
    }

    protected static byte[] bytesOf(Value bytes) {
        byte[] out = new byte[(int) bytes.getBufferSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.readBufferByte(i);
        }
        return out;
    }
}
