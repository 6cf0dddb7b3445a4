package org.mview.tests.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Memory that goes away under a live view (a transferred JS buffer, a resized Python bytearray, a
 * closed arena): the next use raises mview's released-view ValueError, never an internal error or a
 * read of memory that is no longer the view's.
 */
class VanishingMemoryTest extends PolyglotSupport {

    private static final String RELEASED = "ValueError: operation forbidden on released memoryview object";

    @Test
    void jsArrayBufferTransferred() {
        Value ab = js("(() => { const ab = new ArrayBuffer(8); new Uint8Array(ab)[0] = 5; return ab; })()");
        Value v = memoryview(ab);
        assertEquals(5, v.getArrayElement(0).asInt());
        Value moved = js("(ab) => ab.transfer()").execute(ab);
        assertPythonError(RELEASED, () -> v.getArrayElement(0));
        assertPythonError(RELEASED, () -> v.setArrayElement(0, 1));
        assertPythonError(RELEASED, () -> v.invokeMember("tobytes"));
        assertEquals(5, memoryview(moved).getArrayElement(0).asInt());
    }

    @Test
    void jsTypedArrayOverATransferredBuffer() {
        Value ta = js("new Float64Array([1.5, 2.5])");
        Value v = memoryview(ta);
        assertEquals(2.5, v.getArrayElement(1).asDouble());
        js("(t) => t.buffer.transfer(64)").execute(ta);
        assertPythonError(RELEASED, () -> v.getArrayElement(1));
        assertPythonError(RELEASED, () -> v.invokeMember("tolist"));
    }

    @Test
    void pyBytearrayShrunkAndGrown() {
        Value ba = py("bytearray(b'abcdefgh')");
        Value v = memoryview(ba);
        py("lambda ba: ba.__delitem__(slice(2, None))").execute(ba);
        assertEquals('a', v.getArrayElement(0).asInt());
        assertPythonError(RELEASED, () -> v.getArrayElement(5));
        assertPythonError(RELEASED, () -> v.invokeMember("tobytes"));
        assertPythonError(RELEASED, () -> v.setArrayElement(7, 1));
        // grown again (GraalPy may move the bytes): the view reads the bytearray's current contents
        py("lambda ba: ba.extend(b'XYZWVU')").execute(ba);
        assertEquals('X', v.getArrayElement(2).asInt());
        v.setArrayElement(7, (int) '!');
        assertEquals("bytearray(b'abXYZWV!')", py("repr").execute(ba).asString());
    }

    @Test
    void javaArenaClosed() {
        Arena arena = Arena.ofShared();
        MemorySegment segment = arena.allocate(16);
        Value v = memoryview(segment);
        v.setArrayElement(0, 1);
        Value f = js("(v) => new Uint8Array(v)").execute(v);
        arena.close();
        assertPythonError(RELEASED, () -> v.getArrayElement(0));
        assertPythonError(RELEASED, () -> py("lambda v: v[0]").execute(v));
    }
}
