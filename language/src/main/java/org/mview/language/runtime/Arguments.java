package org.mview.language.runtime;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds a call's positional and keyword arguments to a builtin's parameters, with the messages of
 * CPython's argument clinic. Missing optional parameters are null in the result.
 */
public final class Arguments {

    private Arguments() {
    }

    /**
     * @param function the name in messages, e.g. {@code "tobytes"}
     * @param names parameter names, in order
     * @param required how many leading parameters are required
     * @param positionalOnly how many leading parameters cannot be passed by keyword
     */
    @TruffleBoundary
    public static Object[] bind(String function, Object[] args, String[] keywordNames, String[] names, int required, int positionalOnly) {
        int positional = args.length - keywordNames.length;
        Object[] bound = new Object[names.length];
        if (names.length == 0 && keywordNames.length > 0) {
            throw PythonError.raise(PythonErrorType.TypeError, function + "() takes no keyword arguments");
        }
        if (positional > names.length) {
            if (names.length == 0) {
                throw PythonError.raise(PythonErrorType.TypeError, function + "() takes no arguments (" + positional + " given)");
            }
            if (positionalOnly == names.length) {
                if (names.length == 1) {
                    throw PythonError.raise(PythonErrorType.TypeError, function + "() takes exactly one argument (" + positional + " given)");
                }
                throw PythonError.raise(PythonErrorType.TypeError, function + " expected at most " + names.length + " arguments, got " + positional);
            }
            throw PythonError.raise(PythonErrorType.TypeError,
                            function + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + positional + " given)");
        }
        if (positionalOnly < names.length && args.length > names.length) {
            // _PyArg_UnpackKeywords: too many arguments in total, checked before any keyword is matched.
            throw PythonError.raise(PythonErrorType.TypeError, function + "() takes at most " + names.length + " " + (positional == 0 ? "keyword " : "") + "argument" +
                            (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        System.arraycopy(args, 0, bound, 0, positional);
        String unexpected = null;
        for (int k = 0; k < keywordNames.length; k++) {
            String name = keywordNames[k];
            int slot = -1;
            for (int i = positionalOnly; i < names.length; i++) {
                if (names[i].equals(name)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (unexpected == null) {
                    unexpected = name;
                }
                continue;
            }
            if (bound[slot] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "argument for " + function + "() given by name ('" + name + "') and position (" + (slot + 1) + ")");
            }
            bound[slot] = args[positional + k];
        }
        for (int i = 0; i < required; i++) {
            if (bound[i] == null) {
                if (i < positionalOnly) {
                    if (positionalOnly == 1 && names.length == 1) {
                        throw PythonError.raise(PythonErrorType.TypeError, function + "() takes exactly one argument (" + positional + " given)");
                    }
                    throw PythonError.raise(PythonErrorType.TypeError, function + " expected at least " + required + " argument" + (required == 1 ? "" : "s") + ", got " + positional);
                }
                throw PythonError.raise(PythonErrorType.TypeError, function + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        // CPython's clinic reports a missing required argument before an unexpected keyword.
        if (unexpected != null) {
            throw PythonError.raise(PythonErrorType.TypeError, function + "() got an unexpected keyword argument '" + unexpected + "'");
        }
        return bound;
    }
}
