package org.mview.tests.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.tests.MViewTestSupport;

/**
 * Views with suboffsets (issue 11, defects 2 and 5), with CPython 3.13's answers: the geometry of
 * {@code _testbuffer.ndarray([42], shape=[1], flags=ND_PIL|ND_WRITABLE)} and a {@code Py_buffer} with
 * all-negative suboffsets given to {@code PyMemoryView_FromBuffer} through ctypes.
 */
class SuboffsetsTest extends MViewTestSupport {

    private static final String POINTER_VIEW = "m = PyMemoryView_FromBuffer(Py_buffer(bytearray(b'\\x08\\0\\0\\0\\0\\0\\0\\0\\x2a'), shape=(1,), strides=(8,), suboffsets=(0,), len=1, ndim=1))\n";

    private String run(String program) {
        return context.eval("mview", program).asString();
    }

    @Test
    void indexingA1DViewFollowsItsPointer() {
        assertEquals("(42, 42, [42], [42])", run(POINTER_VIEW + "repr((m[0], m[-1], m.tolist(), list(m)))"));
        assertEquals("([7], bytearray(b'\\x08\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x07'))",
                        run("b = bytearray(b'\\x08\\0\\0\\0\\0\\0\\0\\0\\x2a')\nm = PyMemoryView_FromBuffer(Py_buffer(b, shape=(1,), strides=(8,), suboffsets=(0,), len=1, ndim=1))\n"
                                        + "m[0] = 7\nm[-1] = m[0]\nrepr((m.tolist(), b))"));
    }

    @Test
    void compiledSubscriptsFollowPointersToo() {
        // m[i] from a lambda called many times: the specialized subscript path, compiled on the optimizing runtime.
        Value read = context.eval("mview", POINTER_VIEW + "lambda i: m[i]");
        for (int i = 0; i < 20_000; i++) {
            assertEquals(42, read.execute(i % 2 == 0 ? 0 : -1).asInt());
        }
    }

    @Test
    void allNegativeSuboffsetsAreKeptAsInCPython() {
        String geometry = "m = PyMemoryView_FromBuffer(Py_buffer(bytearray(b'abcd'), shape=(2, 2), strides=(2, 1), suboffsets=(-1, -1), len=4, ndim=2))\n";
        assertEquals("((-1, -1), False, False, False, [[97, 98], [99, 100]], b'abcd', b'acbd')",
                        run(geometry + "repr((m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.tolist(), m.tobytes(), m.tobytes('F')))"));
        assertEquals("TypeError: memoryview: casts are restricted to C-contiguous views", run(geometry + "r = None\ntry:\n    m.cast('B')\nexcept TypeError as e:\n    r = 'TypeError: ' + str(e)\nr"));
        assertEquals("BufferError: memoryview: underlying buffer requires suboffsets",
                        run(geometry + "r = None\ntry:\n    PyObject_GetBuffer(m, PyBUF_STRIDED_RO)\nexcept BufferError as e:\n    r = 'BufferError: ' + str(e)\nr"));
        assertEquals("(True, True)", run(geometry + "repr((m == memoryview(b'abcd').cast('B', (2, 2)), PyMemoryView_GetContiguous(m, PyBUF_READ, 'C').c_contiguous))"));
    }
}
