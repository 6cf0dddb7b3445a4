package org.mview.tests.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The Java examples of {@code docs/guide.md}, verbatim (checked by {@link DocSnippetsTest}). */
class GuideDocTest {

    @Test
    void firstView() {
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            Value memoryview = context.eval("mview", "memoryview");
            byte[] pixels = new byte[4 * 3];              // a 2x2 RGB image plus padding
            Value view = memoryview.execute(pixels);
            Value image = view.invokeMember("cast", "B", List.of(2, 2, 3));
            image.getArrayElement(1).getArrayElement(0).setArrayElement(2, 255); // blue of pixel (1, 0)
            assert pixels[8] == (byte) 255;
            assert image.getMember("shape").getArraySize() == 3;
            // snippet end
            assertEquals((byte) 255, pixels[8]);
        }
    }

    @Test
    void typedArrays() {
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            double[] samples = {0.5, 1.5, 2.5, 3.5};
            Value view = context.eval("mview", "memoryview").execute(samples);
            assert view.getMember("format").asString().equals("d");
            assert view.getArrayElement(3).asDouble() == 3.5;
            Value bytes = view.invokeMember("cast", "B");
            assert bytes.getArraySize() == 32;
            // snippet end
            assertEquals(3.5, view.getArrayElement(3).asDouble());
        }
    }

    @Test
    void errorsArePythonErrors() {
        // snippet start
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            Value view = context.eval("mview", "memoryview").execute(new byte[4]).invokeMember("toreadonly");
            try {
                view.setArrayElement(0, 1);
                throw new AssertionError("read-only views refuse writes");
            } catch (PolyglotException e) {
                assert e.getMessage().equals("TypeError: cannot modify read-only memory");
            }
            // snippet end
        }
    }
}
