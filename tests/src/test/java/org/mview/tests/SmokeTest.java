package org.mview.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void viewOverHostBytes() {
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            byte[] data = {1, 2, 3, 4, 5, 6, 7, 8};
            Value view = context.eval("mview", "memoryview").execute(data);
            assertTrue(view.hasArrayElements());
            assertEquals(8, view.getArraySize());
            assertEquals(3, view.getArrayElement(2).asInt());
            Value ints = view.invokeMember("cast", "i");
            assertEquals(2, ints.getArraySize());
            assertEquals(0x04030201, ints.getArrayElement(0).asInt());
            Value stepped = view.invokeMember("tobytes");
            assertEquals(8, stepped.getBufferSize());
            view.setArrayElement(0, 9);
            assertEquals(9, data[0]);
            // The default suite runs on the optimizing runtime; the fallback-runtime execution sets this property.
            boolean fallback = Boolean.getBoolean("truffle.UseFallbackRuntime");
            assertEquals(fallback, context.getEngine().getImplementationName().equals("Interpreted"), context.getEngine().getImplementationName());
        }
    }
}
