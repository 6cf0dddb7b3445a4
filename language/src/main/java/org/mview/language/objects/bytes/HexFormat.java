package org.mview.language.objects.bytes;

import java.nio.charset.StandardCharsets;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's {@code _Py_strhex_with_sep}: hex digits with an optional separator every N bytes. */
public final class HexFormat {

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final java.util.HexFormat LOWER = java.util.HexFormat.of();

    private HexFormat() {
    }

    /** The {@code bytes_per_sep} argument of {@code hex()} (null: 1), with CPython's int conversion errors. */
    @TruffleBoundary
    public static int bytesPerSep(Object bytesPerSep) {
        if (bytesPerSep == null) {
            return 1;
        }
        if (!PyObjects.isIndex(bytesPerSep)) {
            throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(bytesPerSep) + "' object cannot be interpreted as an integer");
        }
        Object index = PyObjects.index(bytesPerSep);
        if (!(index instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw PythonError.raise(PythonErrorType.OverflowError, "Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** {@link #hex(byte[], int, int, Object, int)} of a whole array. */
    public static String hex(byte[] bytes, Object sep, int bytesPerSep) {
        return hex(bytes, 0, bytes.length, sep, bytesPerSep);
    }

    /**
     * @param from first byte of {@code bytes} to format; {@code to} is exclusive
     * @param sep null for no separator, else a str or bytes of length 1
     * @param bytesPerSep group size; positive counts groups from the right, negative from the left
     */
    @TruffleBoundary
    public static String hex(byte[] bytes, int from, int to, Object sep, int bytesPerSep) {
        byte sepChar = 0;
        int group = 0;
        if (sep != null) {
            int sepLength;
            if (sep instanceof String s) {
                sepLength = s.codePointCount(0, s.length());
            } else if (sep instanceof PBytes b) {
                sepLength = b.length();
            } else {
                throw PythonError.raise(PythonErrorType.TypeError, "object of type '" + PyObjects.typeName(sep) + "' has no len()");
            }
            if (sepLength != 1) {
                throw PythonError.raise(PythonErrorType.ValueError, "sep must be length 1.");
            }
            int c = sep instanceof String s ? s.codePointAt(0) : ((PBytes) sep).byteAt(0) & 0xFF;
            if (c > 127) {
                throw PythonError.raise(PythonErrorType.ValueError, "sep must be ASCII.");
            }
            sepChar = (byte) c;
            group = bytesPerSep;
        }
        if (group == 0 || group == 1 || group == -1) {
            // The JDK's formatter builds its String without copying the digits once more.
            java.util.HexFormat jdk = group == 0 ? LOWER : java.util.HexFormat.ofDelimiter(String.valueOf((char) sepChar));
            return jdk.formatHex(bytes, from, to);
        }
        int n = to - from;
        int abs = Math.abs(group);
        int separators = group != 0 && n > 0 ? (n - 1) / abs : 0;
        byte[] out = new byte[n * 2 + separators];
        if (group < 0) {
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0 && i % abs == 0) {
                    out[j++] = sepChar;
                }
                out[j++] = DIGITS[(bytes[from + i] >> 4) & 0xF];
                out[j++] = DIGITS[bytes[from + i] & 0xF];
            }
        } else {
            int j = out.length - 1;
            for (int i = n - 1, k = 0; i >= 0; i--, k++) {
                if (k > 0 && k % abs == 0) {
                    out[j--] = sepChar;
                }
                out[j--] = DIGITS[bytes[from + i] & 0xF];
                out[j--] = DIGITS[(bytes[from + i] >> 4) & 0xF];
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
