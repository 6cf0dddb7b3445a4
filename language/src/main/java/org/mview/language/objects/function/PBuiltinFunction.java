package org.mview.language.objects.function;

import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PCallable;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.PythonTyped;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * A builtin function, or a method bound to its receiver ({@code m.tobytes}): the call target of a
 * {@link BuiltinNode} plus the receiver. Executable from every language with positional arguments;
 * Python code may pass keywords too. Binding a method makes a new object that shares the target.
 */
@ExportLibrary(InteropLibrary.class)
public final class PBuiltinFunction implements TruffleObject, PCallable, PythonTyped, PythonAttributes {

    private final String name;
    private final Object self;
    private final CallTarget callTarget;

    public PBuiltinFunction(String name, Object self, CallTarget callTarget) {
        this.name = name;
        this.self = self;
        this.callTarget = callTarget;
    }

    public String name() {
        return name;
    }

    /** The receiver of a bound method (or the type of a constructor), or null. */
    public Object self() {
        return self;
    }

    public CallTarget callTarget() {
        return callTarget;
    }

    /** The same builtin with {@code receiver} as its {@code self}. */
    public PBuiltinFunction bindTo(Object receiver) {
        return new PBuiltinFunction(name, receiver, callTarget);
    }

    @Override
    public Object call(Object[] args, String[] keywordNames) {
        return callTarget.call(self, args, keywordNames);
    }

    @Override
    public Object pythonAttribute(String attribute) {
        return attribute.equals("__name__") ? name : null;
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

    /** Calls from other languages: a direct call of the cached target. */
    @ExportMessage
    static final class Execute {

        static final int CALL_LIMIT = 3;

        @Specialization(guards = "fn.callTarget() == cachedTarget", limit = "CALL_LIMIT")
        static Object doDirect(PBuiltinFunction fn, Object[] arguments,
                        @Cached("fn.callTarget()") @SuppressWarnings("unused") CallTarget cachedTarget,
                        @Cached("create(cachedTarget)") DirectCallNode call) {
            return ForeignValues.toInterop(call.call(fn.self(), ForeignValues.toPythonAll(arguments), NO_KEYWORDS));
        }

        @Specialization(replaces = "doDirect")
        static Object doGeneric(PBuiltinFunction fn, Object[] arguments) {
            return ForeignValues.toInterop(fn.call(ForeignValues.toPythonAll(arguments), NO_KEYWORDS));
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
