package org.mview.language.objects.function;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * The builtin tables of one language instance, made on first use and shared by every context of the
 * engine (the call targets belong to the language; nothing in them is per context).
 */
public final class BuiltinRegistry {

    private final TruffleLanguage<?> language;
    private final Map<Class<?>, BuiltinTable> tables = new ConcurrentHashMap<>();
    private final Map<Object, PBuiltinFunction> functions = new ConcurrentHashMap<>();

    public BuiltinRegistry(TruffleLanguage<?> language) {
        this.language = language;
    }

    @TruffleBoundary
    public BuiltinTable table(Class<?> family) {
        return tables.computeIfAbsent(family, f -> BuiltinTable.create(language, f));
    }

    /**
     * A builtin made outside the annotation tables, once per {@code key} (the memoryview methods, whose
     * declaration is {@code MemoryViewMember}).
     */
    @TruffleBoundary
    public PBuiltinFunction function(Object key, String name, Supplier<BuiltinNode> body) {
        return functions.computeIfAbsent(key, k -> new PBuiltinFunction(name, null, new BuiltinRootNode(language, name, body.get()).getCallTarget()));
    }
}
