package org.mview.language.builtins;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mview.language.MViewContext;

/** The builtins of a context's global scope: the memoryview family and the C-API. */
public final class Builtins {

    private Builtins() {
    }

    public static Map<String, Object> create(MViewContext context) {
        Map<String, Object> builtins = new LinkedHashMap<>();
        MemoryViewBuiltins.install(builtins, context);
        TypeBuiltins.install(builtins, context.getTypes());
        CoreBuiltins.install(builtins, context);
        builtins.put("Ellipsis", org.mview.language.runtime.PEllipsis.INSTANCE);
        return builtins;
    }
}
