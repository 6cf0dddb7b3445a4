package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * What docs/polyglot.md "From GraalPy 25.0" says: GraalPy 25.0 takes no foreign buffer, and
 * {@code bytes(v)} iterates a view's items. Only for the 25.0 line (tests-graalvm-25.2 leaves it out:
 * there a view is a real buffer, GraalPyBufferTest).
 */
class GraalPy250Test extends PolyglotSupport {

    private static Value outcome;

    /** What Python's {@code action(v)} gives: the result's repr, or {@code Type: message}. */
    private static synchronized String outcome(String action, Value v) {
        if (outcome == null) {
            outcome = py("""
                            def outcome(action, v):
                                try:
                                    return repr(action(v))
                                except BaseException as e:
                                    return type(e).__name__ + ': ' + str(e)
                            outcome""");
        }
        return outcome.execute(py(action), v).asString();
    }

    private static Value ints(int... items) {
        return context().eval("mview", "lambda b: memoryview(b).cast('i')").execute((Object) bytesOf(items));
    }

    private static byte[] bytesOf(int... items) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * items.length).order(java.nio.ByteOrder.nativeOrder());
        for (int item : items) {
            b.putInt(item);
        }
        return b.array();
    }

    @Test
    void aViewIsNoPythonBuffer() {
        Value v = ints(1, 2);
        assertEquals("TypeError: memoryview: a bytes-like object is required, not 'ForeignList'", outcome("memoryview", v));
        assertEquals("TypeError: a bytes-like object is required, not 'ForeignList'", outcome("lambda v: __import__('struct').unpack_from('2i', v)", v));
        assertEquals("TypeError: a bytes-like object is required, not 'ForeignList'", outcome("lambda v: __import__('hashlib').sha256(v)", v));
    }

    @Test
    void bytesOfAViewIteratesItsItemsAndToBytesIsTheSafeSpelling() {
        assertEquals("b'\\x01\\x02'", outcome("bytes", ints(1, 2)));
        assertEquals("ValueError: byte must be in range(0, 256)", outcome("bytes", ints(1, 300)));
        assertEquals("b'\\x01\\x00\\x00\\x00,\\x01\\x00\\x00'", outcome("lambda v: bytes(v.tobytes())", ints(1, 300)));
    }
}
