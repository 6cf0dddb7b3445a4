package org.mview.language.objects.type;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The type objects of one context, by Python name: {@code type(x)} and the builtins that name a type
 * return the same object for the whole life of the context, whatever other contexts of the engine do.
 * Types without a constructor ({@code NoneType}, {@code Py_buffer}, ...) are made on first use.
 */
public final class TypeTable {

    private final Map<String, PType> types = new ConcurrentHashMap<>();

    public void register(PType type) {
        types.put(type.name(), type);
    }

    /** The type named {@code name}, made without a constructor if no builtin registered it. */
    public PType get(String name) {
        return types.computeIfAbsent(name, n -> new PType(n));
    }
}
