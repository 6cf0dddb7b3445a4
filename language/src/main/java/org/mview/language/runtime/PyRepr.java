package org.mview.language.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.mview.language.PythonError;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import org.mview.language.objects.none.PNone;

/** {@code repr()} and {@code str()} of Python values, character for character as CPython writes them. */
public final class PyRepr {

    private PyRepr() {
    }

    /** {@code str(value)}. */
    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value instanceof PythonError e) {
            return e.getPythonMessage();
        }
        return repr(value);
    }

    /** {@code repr(value)}. */
    @TruffleBoundary
    public static String repr(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger || value instanceof Short || value instanceof Byte) {
            return value.toString();
        } else if (value instanceof Double d) {
            return floatRepr(d);
        } else if (value instanceof Float f) {
            return floatRepr(f);
        } else if (value instanceof String s) {
            return stringRepr(s);
        } else if (value instanceof Character c) {
            return stringRepr(String.valueOf(c));
        } else if (value instanceof PNone) {
            return "None";
        } else if (value instanceof PyRepresentable r) {
            return r.pythonRepr();
        } else if (value instanceof PythonError e) {
            String msg = e.getPythonMessage();
            return e.getType().name() + "(" + (msg.isEmpty() ? "" : stringRepr(msg)) + ")";
        } else if (value instanceof PythonTyped) {
            return value.toString();
        }
        InteropLibrary lib = InteropLibrary.getUncached(value);
        return String.valueOf(lib.toDisplayString(value));
    }

    /** The reprs of {@code items}, comma-separated between {@code open} and {@code close}. */
    public static String join(String open, Object[] items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    /** Python's shortest round-trip float repr: {@code 0.1}, {@code 1e-05}, {@code 1e+16}, {@code inf}. */
    @TruffleBoundary
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        // Double.toString gives the shortest digits that round-trip (JDK 19+); re-layout them.
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (exact.precision() == 2) {
            // Java prints at least two digits (4.9E-324); Python wants the shortest, so try one.
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(d)) {
                exact = one.stripTrailingZeros();
            }
        }
        String digits = exact.unscaledValue().toString();
        int decpt = digits.length() - exact.scale(); // value = 0.DIGITS * 10^decpt
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /** {@code repr(str)}: single quotes unless the text has a single quote and no double quote. */
    @TruffleBoundary
    public static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7F) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xFF) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xFFFF) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        if (c == 0x20) {
            return true;
        }
        int type = Character.getType(c);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED, Character.LINE_SEPARATOR,
                            Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
