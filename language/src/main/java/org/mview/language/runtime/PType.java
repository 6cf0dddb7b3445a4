package org.mview.language.runtime;

import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Python type object: {@code int}, {@code bytes}, {@code memoryview}, {@code ValueError}, ... Calling it
 * constructs an instance; {@code isinstance} asks {@link #isInstance}; {@code __name__} is its name.
 */
@ExportLibrary(InteropLibrary.class)
public final class PType implements TruffleObject, PCallable, PythonTyped {

    private final String name;
    private final PBuiltinFunction.Body constructor;
    private final PythonErrorType errorType;

    public PType(String name, PBuiltinFunction.Body constructor) {
        this(name, constructor, null);
    }

    public PType(String name, PBuiltinFunction.Body constructor, PythonErrorType errorType) {
        this.name = name;
        this.constructor = constructor;
        this.errorType = errorType;
    }

    public String name() {
        return name;
    }

    /** The exception class this type stands for, or null for a non-exception type. */
    public PythonErrorType errorType() {
        return errorType;
    }

    /** {@code isinstance(value, self)}. */
    @TruffleBoundary
    public boolean isInstance(Object value) {
        if (errorType != null) {
            return value instanceof org.mview.language.PythonError e && e.getType().isSubclassOf(errorType);
        }
        String actual = PyObjects.typeName(value);
        if (actual.equals(name)) {
            return true;
        }
        return name.equals("int") && actual.equals("bool");
    }

    @Override
    @TruffleBoundary
    public Object call(Object[] args, String[] keywordNames) {
        if (constructor == null) {
            throw org.mview.language.PythonError.raise(PythonErrorType.TypeError, "cannot create '" + name + "' instances");
        }
        return constructor.call(args, keywordNames);
    }

    @Override
    public String pythonTypeName() {
        return "type";
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
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

    // The type is also its instances' interop meta-object: one object per Python type.

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaQualifiedName() {
        return name;
    }

    @ExportMessage
    Object getMetaSimpleName() {
        return name;
    }

    @ExportMessage
    boolean isMetaInstance(Object instance) {
        return isInstance(instance);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return org.mview.language.MViewLanguage.class;
    }
}
