package org.mview.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A builtin function or a method bound to its receiver ({@code m.tobytes}). Executable from every
 * language with positional arguments; Python code may pass keywords too.
 */
@ExportLibrary(InteropLibrary.class)
public final class PBuiltinFunction implements TruffleObject, PCallable, PythonTyped {

    /** The body of a builtin: receives the arguments as {@link PCallable#call} describes. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] keywordNames);
    }

    private final String name;
    private final Object self;
    private final Body body;

    /** A free builtin function. */
    public PBuiltinFunction(String name, Body body) {
        this(name, null, body);
    }

    /** A method bound to {@code self}, printed as {@code <built-in method NAME of TYPE object at ...>}. */
    public PBuiltinFunction(String name, Object self, Body body) {
        this.name = name;
        this.self = self;
        this.body = body;
    }

    public String name() {
        return name;
    }

    /** The receiver of a bound method, or null. */
    public Object self() {
        return self;
    }

    @Override
    @TruffleBoundary
    public Object call(Object[] args, String[] keywordNames) {
        return body.call(args, keywordNames);
    }

    @Override
    public String pythonTypeName() {
        return "builtin_function_or_method";
    }

    @Override
    @TruffleBoundary
    public String toString() {
        if (self == null) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + PyObjects.typeName(self) + " object at 0x" + Long.toHexString(System.identityHashCode(self)) + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments) {
        return ForeignValues.toInterop(call(ForeignValues.toPythonAll(arguments), NO_KEYWORDS));
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
