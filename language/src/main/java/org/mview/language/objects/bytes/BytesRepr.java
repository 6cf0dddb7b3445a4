package org.mview.language.objects.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr()} of bytes-like data, byte for byte as CPython writes it. */
public final class BytesRepr {

    private BytesRepr() {
    }

    /** {@code repr(bytes)}: {@code b'...'}. */
    public static String repr(byte[] bytes, int length) {
        return repr(bytes, length, false);
    }

    /** The {@code b'...'} part of {@code repr(bytearray)}, which escapes every single quote. */
    public static String bytearrayRepr(byte[] bytes, int length) {
        return repr(bytes, length, true);
    }

    @TruffleBoundary
    private static String repr(byte[] bytes, int length, boolean alwaysEscapeSingleQuote) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            hasSingle |= bytes[i] == '\'';
            hasDouble |= bytes[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3);
        sb.append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int c = bytes[i] & 0xFF;
            if (c == quote || c == '\\' || (alwaysEscapeSingleQuote && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
