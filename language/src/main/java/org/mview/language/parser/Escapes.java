package org.mview.language.parser;

import java.io.ByteArrayOutputStream;

import org.mview.language.PythonError;

/** Decoding of backslash escapes in str and bytes literals, with CPython's error messages. */
final class Escapes {

    private Escapes() {
    }

    static String decodeString(String text, int line, int col) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                sb.append(c);
                i++;
                continue;
            }
            char d = text.charAt(i + 1);
            int escStart = i;
            i += 2;
            switch (d) {
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    int n = 1;
                    while (n < 3 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                        v = v * 8 + (text.charAt(i) - '0');
                        i++;
                        n++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int len = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int v = hex(text, i, len);
                    if (v < 0) {
                        String what = d == 'x' ? "truncated \\xXX escape" : d == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        int end = Math.min(text.length(), i + len) - 1;
                        while (end >= i && Character.digit(text.charAt(end), 16) < 0) {
                            end--;
                        }
                        int last = escStart + 1;
                        for (int k = i; k < Math.min(text.length(), i + len) && Character.digit(text.charAt(k), 16) >= 0; k++) {
                            last = k;
                        }
                        throw PythonError.syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart + "-" + last + ": " + what, line, col);
                    }
                    if (v > 0x10FFFF || v < 0) {
                        throw PythonError.syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart + "-" + (i + len - 1) + ": illegal Unicode character", line, col);
                    }
                    sb.appendCodePoint(v);
                    i += len;
                }
                case 'N' -> {
                    int close = text.indexOf('}', i);
                    if (i >= text.length() || text.charAt(i) != '{' || close < 0) {
                        throw PythonError.syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart + "-" + (i - 1) + ": malformed \\N character escape", line, col);
                    }
                    String name = text.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        throw PythonError.syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart + "-" + close + ": unknown Unicode character name", line, col);
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> sb.append('\\').append(d);
            }
        }
        return sb.toString();
    }

    static byte[] decodeBytes(String text, int line, int col) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.write(c);
                i++;
                continue;
            }
            char d = text.charAt(i + 1);
            int escStart = i;
            i += 2;
            switch (d) {
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    int n = 1;
                    while (n < 3 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
                        v = v * 8 + (text.charAt(i) - '0');
                        i++;
                        n++;
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int v = hex(text, i, 2);
                    if (v < 0) {
                        throw PythonError.syntaxError("(value error) invalid \\x escape at position " + escStart, line, col);
                    }
                    out.write(v);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(d);
                }
            }
        }
        return out.toByteArray();
    }

    private static int hex(String text, int from, int len) {
        if (from + len > text.length()) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < from + len; k++) {
            int h = Character.digit(text.charAt(k), 16);
            if (h < 0 || text.charAt(k) > 127) {
                return -1;
            }
            v = v * 16 + h;
        }
        return v > Integer.MAX_VALUE ? Integer.MIN_VALUE : (int) v;
    }
}
