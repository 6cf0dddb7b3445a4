package org.mview.language.objects.function;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a family class ({@code BytesBuiltins}): other families whose {@link Builtin}s it also has, so that
 * methods two types share ({@code hex} of bytes and bytearray) are declared once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BuiltinFamily {

    Class<?>[] includes();
}
