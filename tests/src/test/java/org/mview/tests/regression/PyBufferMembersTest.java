package org.mview.tests.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.tests.MViewTestSupport;

/**
 * {@code Py_buffer} fields read the same in mview code, Java and JS (issue 11, defect 4), and an
 * export from {@code PyObject_GetBuffer} has NULL (None) fields where its request left them out, as
 * CPython's {@code memory_getbuf} does (checked with ctypes on CPython 3.13).
 */
class PyBufferMembersTest extends MViewTestSupport {

    private String run(String program) {
        return context.eval("mview", program).asString();
    }

    @Test
    void fieldsReadInMviewCode() {
        String b = "b = PyMemoryView_GET_BUFFER(memoryview(b'abcdef').cast('B', (2, 3))[::-1])\n";
        assertEquals("(6, 1, 1, 2, 'B', (2, 3), (-3, 1), None, 3, True)",
                        run(b + "repr((b.len, b.itemsize, b.readonly, b.ndim, b.format, b.shape, b.strides, b.suboffsets, b.offset, b.obj == b'abcdef'))"));
        assertEquals("<Py_buffer offset=3 len=6 itemsize=1 readonly=1 ndim=2 format='B' shape=(2, 3) strides=(-3, 1) suboffsets=None>", run(b + "repr(b)"));
        assertEquals("AttributeError: 'Py_buffer' object has no attribute 'nope'",
                        run(b + "r = None\ntry:\n    b.nope\nexcept AttributeError as e:\n    r = 'AttributeError: ' + str(e)\nr"));
    }

    @Test
    void fieldsReadFromJava() {
        Value b = context.eval("mview", "PyMemoryView_GET_BUFFER(memoryview(bytearray(b'abcdefgh')).cast('i'))");
        assertEquals(8, b.getMember("len").asInt());
        assertEquals(4, b.getMember("itemsize").asInt());
        assertEquals(0, b.getMember("readonly").asInt());
        assertEquals("i", b.getMember("format").asString());
        assertEquals(2, b.getMember("shape").getArrayElement(0).asInt());
        assertEquals("<Py_buffer offset=0 len=8 itemsize=4 readonly=0 ndim=1 format='i' shape=(2,) strides=(4,) suboffsets=None>", b.toString());
    }

    @Test
    void anExportHasOnlyTheFieldsItsRequestAskedFor() {
        String m = "m = memoryview(bytearray(b'abcdefgh')).cast('h')\n";
        assertEquals("(8, 2, 0, 1, None, None, None, None)", run(m + "e = PyObject_GetBuffer(m, PyBUF_SIMPLE)\n"
                        + "repr((e.len, e.itemsize, e.readonly, e.ndim, e.format, e.shape, e.strides, e.suboffsets))"));
        assertEquals("(1, 'h', (4,), None)", run(m + "e = PyObject_GetBuffer(m, PyBUF_ND | PyBUF_FORMAT)\nrepr((e.ndim, e.format, e.shape, e.strides))"));
        assertEquals("(1, None, (4,), (2,))", run(m + "e = PyObject_GetBuffer(m, PyBUF_STRIDES)\nrepr((e.ndim, e.format, e.shape, e.strides))"));
        assertEquals("BufferError: memoryview has 1 exported buffer",
                        run(m + "e = PyObject_GetBuffer(m, PyBUF_FULL_RO)\nr = None\ntry:\n    m.release()\nexcept BufferError as x:\n    r = 'BufferError: ' + str(x)\nr"));
    }
}
