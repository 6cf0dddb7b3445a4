package org.mview.tests.fuzz;

import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;

/** The generic oracle: what may escape from a call into mview. */
public final class FuzzOracle {

    /** CPython's rendering of an exception: {@code Type: message}. */
    private static final Pattern PYTHON_ERROR = Pattern.compile("[A-Z][A-Za-z]*(Error|Exception|Warning|Interrupt|Exit)?: .*", Pattern.DOTALL);

    private FuzzOracle() {
    }

    /** Whether {@code e} is a Python-typed guest error. */
    public static boolean isPythonError(Throwable e) {
        return e instanceof PolyglotException pe && pe.isGuestException() && !pe.isInternalError() && !pe.isHostException() && pe.getMessage() != null &&
                        PYTHON_ERROR.matcher(pe.getMessage()).matches();
    }

    /**
     * Accepts a Python error, and the polyglot API's own errors for interop contract violations
     * (offsets or indices out of range, unsupported messages, values of the wrong type); anything
     * else (an internal error, a host exception out of mview, a JDK bounds error) is a finding.
     */
    public static void accept(RuntimeException e, String what) {
        if (isPythonError(e)) {
            return;
        }
        if (!(e instanceof PolyglotException) && (e instanceof IndexOutOfBoundsException || e instanceof UnsupportedOperationException || e instanceof IllegalArgumentException ||
                        e instanceof ClassCastException)) {
            return;
        }
        throw new AssertionError("finding in " + what + ": " + e + where(e), e);
    }

    /** The innermost frames, which surefire's trimmed traces would hide. */
    static String where(Throwable e) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            sb.append("\n    at ").append(trace[i]);
        }
        return sb.toString();
    }

    /** Accepts only a Python error whose message starts with {@code prefix}. */
    public static boolean isPythonError(Throwable e, String prefix) {
        return isPythonError(e) && e.getMessage().startsWith(prefix);
    }
}
