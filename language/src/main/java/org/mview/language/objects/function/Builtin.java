package org.mview.language.objects.function;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link BuiltinNode} as a builtin function, a type's constructor or a type's method,
 * under its Python name. The annotation is the only place the name is written: the global scope,
 * attribute lookup, {@code dir()} and the interop member messages all read the tables that
 * {@link BuiltinTable} builds from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {

    /** The Python name ({@code len}, {@code hex}, {@code PyMemoryView_FromBuffer}). */
    String name();

    /** The type's constructor: what calling the type object runs (its name is the type's name). */
    boolean constructor() default false;

    /** Also an attribute of the type object, unbound ({@code bytes.fromhex}). */
    boolean classMethod() default false;
}
