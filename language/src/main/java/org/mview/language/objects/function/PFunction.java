package org.mview.language.objects.function;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.PythonAttributes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PCallable;
import org.mview.language.runtime.PythonTyped;

/**
 * A {@code lambda}: a call target plus the frame of the lambda that created it (for closures). The
 * call target receives {@code [enclosingFrame, param0, param1, ...]}.
 */
@ExportLibrary(InteropLibrary.class)
public final class PFunction implements TruffleObject, PCallable, PythonTyped, PythonAttributes {

    /** Deepest nesting of lambda calls before RecursionError, like CPython's recursion limit. */
    private static final int MAX_DEPTH = 200;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final CallTarget callTarget;
    private final String[] parameters;
    private final Object[] defaults;
    private final MaterializedFrame enclosing;

    public PFunction(CallTarget callTarget, String[] parameters, Object[] defaults, MaterializedFrame enclosing) {
        this.callTarget = callTarget;
        this.parameters = parameters;
        this.defaults = defaults;
        this.enclosing = enclosing;
    }

    public CallTarget callTarget() {
        return callTarget;
    }

    public MaterializedFrame enclosing() {
        return enclosing;
    }

    /**
     * Binds Python arguments to the frame arguments {@code [enclosing, p0, p1, ...]}: positional
     * arguments that fill the parameters exactly are copied in place; defaults, keywords and the
     * errors take {@link #bindGeneric}.
     */
    public Object[] bind(Object[] args, String[] keywordNames) {
        if (keywordNames.length == 0 && args.length == parameters.length) {
            Object[] frameArgs = new Object[args.length + 1];
            frameArgs[0] = enclosing;
            System.arraycopy(args, 0, frameArgs, 1, args.length);
            return frameArgs;
        }
        return bindGeneric(args, keywordNames);
    }

    @TruffleBoundary
    private Object[] bindGeneric(Object[] args, String[] keywordNames) {
        int positional = args.length - keywordNames.length;
        int n = parameters.length;
        if (positional > n) {
            throw PythonError.raise(PythonErrorType.TypeError, "<lambda>() takes " + n + " positional argument" + (n == 1 ? "" : "s") + " but " + positional + (positional == 1 ? " was" : " were") + " given");
        }
        Object[] frameArgs = new Object[n + 1];
        frameArgs[0] = enclosing;
        System.arraycopy(args, 0, frameArgs, 1, positional);
        for (int k = 0; k < keywordNames.length; k++) {
            int slot = -1;
            for (int i = 0; i < n; i++) {
                if (parameters[i].equals(keywordNames[k])) {
                    slot = i;
                }
            }
            if (slot < 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "<lambda>() got an unexpected keyword argument '" + keywordNames[k] + "'");
            }
            if (frameArgs[slot + 1] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "<lambda>() got multiple values for argument '" + keywordNames[k] + "'");
            }
            frameArgs[slot + 1] = args[positional + k];
        }
        int firstDefault = n - defaults.length;
        StringBuilder missing = new StringBuilder();
        int missingCount = 0;
        for (int i = 0; i < n; i++) {
            if (frameArgs[i + 1] == null) {
                if (i >= firstDefault) {
                    frameArgs[i + 1] = defaults[i - firstDefault];
                } else {
                    missingCount++;
                    if (missing.length() > 0) {
                        missing.append("|");
                    }
                    missing.append('\'').append(parameters[i]).append('\'');
                }
            }
        }
        if (missingCount > 0) {
            String[] names = missing.toString().split("\\|");
            String list;
            if (names.length == 1) {
                list = names[0];
            } else {
                list = String.join(", ", java.util.Arrays.copyOf(names, names.length - 1)) + (names.length > 2 ? "," : "") + " and " + names[names.length - 1];
            }
            throw PythonError.raise(PythonErrorType.TypeError, "<lambda>() missing " + missingCount + " required positional argument" + (missingCount == 1 ? "" : "s") + ": " + list);
        }
        return frameArgs;
    }

    @Override
    public Object call(Object[] args, String[] keywordNames) {
        return invoke(bind(args, keywordNames));
    }

    /** Calls through a call site's direct call node with bound frame arguments, guarding the recursion depth. */
    public Object invoke(DirectCallNode call, Object[] frameArgs) {
        int[] depth = enterCall();
        try {
            return call.call(frameArgs);
        } finally {
            depth[0]--;
        }
    }

    private static int[] enterCall() {
        int[] depth = DEPTH.get();
        if (++depth[0] > MAX_DEPTH) {
            depth[0]--;
            throw recursionError();
        }
        return depth;
    }

    @TruffleBoundary
    private static PythonError recursionError() {
        return PythonError.raise(PythonErrorType.RecursionError, "maximum recursion depth exceeded");
    }

    /** Calls the target with bound frame arguments, guarding the recursion depth. */
    public Object invoke(Object[] frameArgs) {
        int[] depth = DEPTH.get();
        if (++depth[0] > MAX_DEPTH) {
            depth[0]--;
            throw PythonError.raise(PythonErrorType.RecursionError, "maximum recursion depth exceeded");
        }
        try {
            return callTarget.call(frameArgs);
        } finally {
            depth[0]--;
        }
    }

    @Override
    public Object pythonAttribute(String name) {
        return name.equals("__name__") ? "<lambda>" : null;
    }

    @Override
    public String pythonTypeName() {
        return "function";
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "<function <lambda> at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    int parameterCount() {
        return parameters.length;
    }

    /**
     * Calls from other languages: with positional arguments that fill the parameters exactly, a
     * direct call to the cached target (inlinable into the caller's compiled loop); anything else
     * (defaults, wrong counts and their errors) takes the generic binding path.
     */
    @ExportMessage
    static final class Execute {

        static final int CALL_LIMIT = 3;

        @Specialization(guards = {"fn.callTarget() == cachedTarget", "arguments.length == cachedArity", "fn.parameterCount() == cachedArity"}, limit = "CALL_LIMIT")
        static Object doDirect(PFunction fn, Object[] arguments,
                        @Cached("fn.callTarget()") CallTarget cachedTarget,
                        @Cached("arguments.length") int cachedArity,
                        @Cached("create(cachedTarget)") DirectCallNode call) {
            return ForeignValues.toInterop(call.call(frameArguments(fn.enclosing, arguments, cachedArity)));
        }

        @Specialization(replaces = "doDirect")
        static Object doGeneric(PFunction fn, Object[] arguments) {
            return ForeignValues.toInterop(fn.call(ForeignValues.toPythonAll(arguments), NO_KEYWORDS));
        }

        @ExplodeLoop
        private static Object[] frameArguments(MaterializedFrame enclosing, Object[] arguments, int arity) {
            Object[] frameArgs = new Object[arity + 1];
            frameArgs[0] = enclosing;
            for (int i = 0; i < arity; i++) {
                frameArgs[i + 1] = ForeignValues.toPythonFast(arguments[i]);
            }
            return frameArgs;
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
