package org.mview.language.objects.function;

import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.TruffleLanguage;

/**
 * The builtins declared in one family class (a type's {@code <Type>Builtins} or a group of free
 * functions): every nested {@link BuiltinNode} class annotated with {@link Builtin}, each made into
 * one call target of the language. Immutable once built; one table per family and language
 * ({@link BuiltinRegistry}).
 */
public final class BuiltinTable {

    private final Map<String, PBuiltinFunction> functions;
    private final Map<String, PBuiltinFunction> classMethods;
    private final PBuiltinFunction constructor;

    private BuiltinTable(Map<String, PBuiltinFunction> functions, Map<String, PBuiltinFunction> classMethods, PBuiltinFunction constructor) {
        this.functions = Collections.unmodifiableMap(functions);
        this.classMethods = Collections.unmodifiableMap(classMethods);
        this.constructor = constructor;
    }

    static BuiltinTable create(TruffleLanguage<?> language, Class<?> family) {
        Map<String, PBuiltinFunction> functions = new LinkedHashMap<>();
        Map<String, PBuiltinFunction> classMethods = new LinkedHashMap<>();
        PBuiltinFunction constructor = null;
        java.util.List<Class<?>> declared = new java.util.ArrayList<>(java.util.Arrays.asList(family.getDeclaredClasses()));
        BuiltinFamily includes = family.getAnnotation(BuiltinFamily.class);
        if (includes != null) {
            for (Class<?> shared : includes.includes()) {
                declared.addAll(java.util.Arrays.asList(shared.getDeclaredClasses()));
            }
        }
        for (Class<?> c : declared) {
            Builtin b = c.getAnnotation(Builtin.class);
            if (b == null) {
                continue;
            }
            if (!BuiltinNode.class.isAssignableFrom(c)) {
                throw new IllegalStateException(c + " is annotated @Builtin but is not a BuiltinNode");
            }
            PBuiltinFunction function = new PBuiltinFunction(b.name(), null, new BuiltinRootNode(language, b.name(), instantiate(c)).getCallTarget());
            if (b.constructor()) {
                if (constructor != null) {
                    throw new IllegalStateException(family + " declares two constructors");
                }
                constructor = function;
            } else if (functions.put(b.name(), function) != null) {
                throw new IllegalStateException(family + " declares " + b.name() + " twice");
            }
            if (b.classMethod()) {
                classMethods.put(b.name(), function);
            }
        }
        return new BuiltinTable(functions, classMethods, constructor);
    }

    private static BuiltinNode instantiate(Class<?> c) {
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return (BuiltinNode) ctor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make builtin " + c.getName(), e);
        }
    }

    /** The functions and methods by Python name (not the constructor). */
    public Map<String, PBuiltinFunction> functions() {
        return functions;
    }

    /** The method {@code name} bound to {@code self}, or null when the family has no such method. */
    public PBuiltinFunction bind(String name, Object self) {
        PBuiltinFunction f = functions.get(name);
        return f == null ? null : f.bindTo(self);
    }

    /** A class method ({@code bytes.fromhex}), unbound: bind it to the type it is read from; or null. */
    public PBuiltinFunction classMethod(String name) {
        return classMethods.get(name);
    }

    /** The constructor, or null when the family declares none. */
    public PBuiltinFunction constructor() {
        return constructor;
    }
}
