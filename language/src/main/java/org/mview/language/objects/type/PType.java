package org.mview.language.objects.type;

import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.BuiltinTable;
import org.mview.language.objects.function.PBuiltinFunction;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.Subscriptable;
import org.mview.language.runtime.PCallable;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PythonTyped;

/**
 * A Python type object: {@code int}, {@code bytes}, {@code memoryview}, {@code ValueError}, ... Calling it
 * constructs an instance; {@code isinstance} asks {@link #isInstance}; {@code __name__} is its name.
 */
@ExportLibrary(InteropLibrary.class)
public final class PType implements TruffleObject, PCallable, PythonTyped, PythonAttributes, Subscriptable {

    private final String name;
    private final BuiltinTable builtins;
    private final PBuiltinFunction constructor;
    private final PythonErrorType errorType;

    /** A type without builtins of its own ({@code NoneType}, {@code function}, ...). */
    public PType(String name) {
        this(name, null, null);
    }

    /**
     * @param builtins the type's declared constructor, methods and class methods, or null
     * @param errorType the exception class the type stands for, or null
     */
    public PType(String name, BuiltinTable builtins, PythonErrorType errorType) {
        this.name = name;
        this.builtins = builtins;
        this.constructor = builtins == null || builtins.constructor() == null ? null : builtins.constructor().bindTo(this);
        this.errorType = errorType;
    }

    /** The declared methods of the type's instances, or null. */
    public BuiltinTable builtins() {
        return builtins;
    }

    /** The constructor bound to this type (its {@code self}), or null for a type that cannot be called. */
    public PBuiltinFunction constructor() {
        return constructor;
    }

    public String name() {
        return name;
    }

    /** The exception class this type stands for, or null for a non-exception type. */
    public PythonErrorType errorType() {
        return errorType;
    }

    @Override
    public Object pythonAttribute(String attribute) {
        if (attribute.equals("__name__") || attribute.equals("__qualname__")) {
            return name;
        }
        PBuiltinFunction classMethod = builtins == null ? null : builtins.classMethod(attribute);
        return classMethod == null ? null : classMethod.bindTo(this);
    }

    @Override
    @TruffleBoundary
    public org.mview.language.PythonError noAttribute(String attribute) {
        return org.mview.language.PythonError.raise(PythonErrorType.AttributeError, "type object '" + name + "' has no attribute '" + attribute + "'");
    }

    /** {@code list[int]}: a generic alias for the types that are generic in CPython 3.13 (list, tuple, type). */
    @Override
    @TruffleBoundary
    public Object getItem(Object key) {
        if (name.equals("list") || name.equals("tuple") || name.equals("type")) {
            return new PGenericAlias(this, key);
        }
        throw org.mview.language.PythonError.raise(PythonErrorType.TypeError, "type '" + name + "' is not subscriptable");
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
            throw cannotCreate();
        }
        return constructor.call(args, keywordNames);
    }

    @TruffleBoundary
    public org.mview.language.PythonError cannotCreate() {
        return org.mview.language.PythonError.raise(PythonErrorType.TypeError, "cannot create '" + name + "' instances");
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

    // Members from the type's declarations: its methods (listed, as dir() lists them) and class
    // methods and __name__ (readable). What the REPL completes after "x." for a value without members.

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add("__name__");
        if (builtins != null) {
            names.addAll(builtins.functions().keySet());
        }
        return new org.mview.language.runtime.MemberNames(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return pythonAttribute(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws com.oracle.truffle.api.interop.UnknownIdentifierException {
        Object value = pythonAttribute(member);
        if (value == null) {
            throw com.oracle.truffle.api.interop.UnknownIdentifierException.create(member);
        }
        return value;
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
