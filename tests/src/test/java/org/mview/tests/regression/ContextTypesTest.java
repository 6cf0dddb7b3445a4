package org.mview.tests.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * Type objects belong to a context (issue 11, defect 3): creating a second context on the same engine
 * used to replace the first context's types, so {@code type(1) is int} became False there.
 */
class ContextTypesTest {

    private static final String IDENTITY = "type(1) is int and type(memoryview(b'')) is memoryview and type(b'') is bytes and type(None) is type(None)"
                    + " and isinstance(memoryview(b'x'), memoryview) and isinstance(True, int) and type(ValueError('x')) is ValueError"
                    + " and type(PyMemoryView_GET_BUFFER(memoryview(b''))) is type(PyMemoryView_GET_BUFFER(memoryview(b'a')))";

    private static Context newContext(Engine engine) {
        return Context.newBuilder("mview").engine(engine).build();
    }

    @Test
    void contextsCreatedAndClosedInAnyOrderKeepTheirTypes() {
        try (Engine engine = Engine.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build()) {
            Context first = newContext(engine);
            assertTrue(first.eval("mview", IDENTITY).asBoolean());
            Context second = newContext(engine);
            assertTrue(second.eval("mview", IDENTITY).asBoolean());
            assertTrue(first.eval("mview", IDENTITY).asBoolean(), "the first context after a second was created");
            first.eval("mview", "t = type(1)");
            first.close();
            Context third = newContext(engine);
            assertTrue(second.eval("mview", IDENTITY).asBoolean());
            assertTrue(third.eval("mview", IDENTITY).asBoolean());
            second.close();
            third.close();
        }
    }

    @Test
    void contextsOnSeveralThreadsSeeConsistentTypes() throws Exception {
        try (Engine engine = Engine.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        int agreed = 0;
                        for (int round = 0; round < 10; round++) {
                            try (Context c = newContext(engine)) {
                                c.eval("mview", "first_int = int\nfirst_view = type(memoryview(b''))");
                                for (int k = 0; k < 5; k++) {
                                    if (c.eval("mview", IDENTITY + " and first_int is int and first_view is memoryview").asBoolean()) {
                                        agreed++;
                                    }
                                }
                            }
                        }
                        return agreed;
                    }));
                }
                for (Future<Integer> r : results) {
                    assertEquals(50, r.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theTypeIsTheInteropMetaObject() {
        try (Engine engine = Engine.newBuilder("mview").option("engine.WarnInterpreterOnly", "false").build();
                        Context context = newContext(engine)) {
            org.graalvm.polyglot.Value view = context.eval("mview", "memoryview(b'ab')");
            org.graalvm.polyglot.Value type = context.getBindings("mview").getMember("memoryview");
            assertTrue(view.getMetaObject().equals(type), "one object for type(m), memoryview and the meta-object");
            assertEquals("memoryview", type.getMetaQualifiedName());
            assertEquals("memoryview", type.getMetaSimpleName());
            assertTrue(type.isMetaInstance(view));
            assertTrue(!type.isMetaInstance(context.eval("mview", "b'ab'")));
            assertTrue(context.getBindings("mview").getMember("bytes").isMetaInstance(context.eval("mview", "b'ab'")));
        }
    }
}
