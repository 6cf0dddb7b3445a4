package org.mview.language.parser;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.mview.language.PythonError;
import org.mview.language.objects.bytes.PBytes;

/**
 * Python's tokenizer for mview sources: NEWLINE / INDENT / DEDENT, implicit line joining inside
 * brackets, backslash continuation, comments, every literal form mview supports. Errors are
 * {@link PythonError#syntaxError} with CPython's messages; input that ends too early (open bracket,
 * trailing backslash, unterminated triple-quoted string) is {@link PythonError#incompleteInput}.
 */
final class Lexer {

    /** CPython's tokenizer limit on bracket nesting. */
    static final int MAX_BRACKET_DEPTH = 200;

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
                    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
                    "try", "while", "with", "yield");

    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "+=", "-=", "*=", "/=",
                    "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "="};

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<int[]> brackets = new ArrayDeque<>(); // {char, line, column}
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;

    private Lexer(String src) {
        this.src = src;
        indents.push(0);
    }

    static List<Token> tokenize(String src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return lexer.tokens;
    }

    private int col() {
        return pos - lineStart + 1;
    }

    private PythonError error(String message, int errLine, int errCol) {
        return PythonError.syntaxError(message, errLine, errCol);
    }

    private void add(Token.Kind kind, String text, Object value, int startPos, int startLine, int startCol) {
        tokens.add(new Token(kind, text, value, startLine, startCol, startPos, pos));
    }

    private boolean lastIsNewlineOrEmpty() {
        if (tokens.isEmpty()) {
            return true;
        }
        Token.Kind k = tokens.get(tokens.size() - 1).kind();
        return k == Token.Kind.NEWLINE || k == Token.Kind.INDENT || k == Token.Kind.DEDENT;
    }

    private void run() {
        if (src.indexOf('\0') >= 0) {
            throw error("source code cannot contain null bytes", 1, 0);
        }
        while (true) {
            if (atLineStart && brackets.isEmpty()) {
                if (!handleIndentation()) {
                    break;
                }
            }
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '\n' || c == '\r') {
                int startCol = col();
                int p = pos;
                newline();
                if (brackets.isEmpty()) {
                    tokens.add(new Token(Token.Kind.NEWLINE, "\n", null, line - 1, startCol, p, p + 1));
                    atLineStart = true;
                }
            } else if (c == '\\') {
                int l = line;
                int cl = col();
                pos++;
                if (pos >= src.length()) {
                    throw PythonError.incompleteInput("unexpected EOF while parsing", l, cl);
                }
                char d = src.charAt(pos);
                if (d == '\n' || d == '\r') {
                    newline();
                    if (pos >= src.length()) {
                        throw PythonError.incompleteInput("unexpected EOF while parsing", line, 0);
                    }
                } else {
                    throw error("unexpected character after line continuation character", l, cl + 1);
                }
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (isIdentifierStart(c)) {
                int start = pos;
                int sc = col();
                int q = pos;
                while (q < src.length() && isIdentifierPart(src.charAt(q))) {
                    q++;
                }
                String word = src.substring(start, q);
                if (q < src.length() && (src.charAt(q) == '\'' || src.charAt(q) == '"') && isStringPrefix(word)) {
                    pos = q;
                    string(word.toLowerCase(), start, sc);
                } else {
                    pos = q;
                    add(Token.Kind.NAME, word, null, start, line, sc);
                }
            } else if (c == '\'' || c == '"') {
                string("", pos, col());
            } else {
                operator();
            }
        }
        if (!brackets.isEmpty()) {
            int[] open = brackets.peekLast();
            throw PythonError.incompleteInput("'" + (char) open[0] + "' was never closed", open[1], open[2]);
        }
        if (!lastIsNewlineOrEmpty()) {
            tokens.add(new Token(Token.Kind.NEWLINE, "", null, line, col(), pos, pos));
        }
        while (indents.peek() > 0) {
            indents.pop();
            tokens.add(new Token(Token.Kind.DEDENT, "", null, line, col(), pos, pos));
        }
        tokens.add(new Token(Token.Kind.EOF, "", null, line, col(), pos, pos));
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** Measures the indentation of a logical line start; false at end of input. */
    private boolean handleIndentation() {
        while (true) {
            int width = 0;
            int p = pos;
            while (p < src.length()) {
                char c = src.charAt(p);
                if (c == ' ') {
                    width++;
                } else if (c == '\t') {
                    width = (width / 8 + 1) * 8;
                } else if (c == '\f') {
                    width = 0;
                } else {
                    break;
                }
                p++;
            }
            if (p >= src.length()) {
                pos = p;
                return false;
            }
            char c = src.charAt(p);
            if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < src.length() && (src.charAt(p + 1) == '\n' || src.charAt(p + 1) == '\r'))) {
                // Blank or comment-only line: no indentation tokens.
                pos = p;
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                if (pos >= src.length()) {
                    return false;
                }
                newline();
                continue;
            }
            pos = p;
            atLineStart = false;
            int current = indents.peek();
            if (width > current) {
                if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != Token.Kind.NEWLINE || !endsWithColon()) {
                    throw error("unexpected indent", line, width + 1);
                }
                indents.push(width);
                add(Token.Kind.INDENT, "", null, pos, line, 1);
            } else if (width < current) {
                while (indents.peek() > width) {
                    indents.pop();
                    add(Token.Kind.DEDENT, "", null, pos, line, width + 1);
                }
                if (indents.peek() != width) {
                    throw error("unindent does not match any outer indentation level", line, width + 1);
                }
            }
            return true;
        }
    }

    private boolean endsWithColon() {
        return tokens.size() >= 2 && tokens.get(tokens.size() - 2).is(":");
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c) || (c > 127 && Character.isUnicodeIdentifierStart(c));
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || (c > 127 && Character.isUnicodeIdentifierPart(c));
    }

    private static boolean isStringPrefix(String w) {
        String l = w.toLowerCase();
        return l.equals("r") || l.equals("b") || l.equals("rb") || l.equals("br") || l.equals("u") || l.equals("f") || l.equals("rf") || l.equals("fr");
    }

    private void operator() {
        int sc = col();
        int start = pos;
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    if (brackets.size() >= MAX_BRACKET_DEPTH) {
                        throw error("too many nested parentheses", line, sc);
                    }
                    brackets.push(new int[]{c, line, sc});
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    if (brackets.isEmpty()) {
                        throw error("unmatched '" + c + "'", line, sc);
                    }
                    int[] open = brackets.pop();
                    char expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
                    if (c != expected) {
                        String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + (char) open[0] + "'";
                        if (open[1] != line) {
                            msg += " on line " + open[1];
                        }
                        throw error(msg, line, sc);
                    }
                }
                add(Token.Kind.OP, op, null, start, line, sc);
                return;
            }
        }
        int cp = src.codePointAt(pos);
        if (cp == '!' || cp == '$' || cp == '?' || cp == '`') {
            throw error("invalid syntax", line, sc);
        }
        throw error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), line, sc);
    }

    private void number() {
        int start = pos;
        int sc = col();
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            pos += 2;
            String digits = digits(radix, true);
            if (digits.isEmpty()) {
                throw error("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal", line, col());
            }
            checkNumberEnd(radix);
            add(Token.Kind.NUMBER, src.substring(start, pos), normalize(new BigInteger(digits, radix)), start, line, sc);
            return;
        }
        String intPart = c == '.' ? "" : digits(10, false);
        boolean isFloat = false;
        StringBuilder text = new StringBuilder(intPart);
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            text.append('.');
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                text.append(digits(10, false));
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            StringBuilder exp = new StringBuilder("e");
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                exp.append(src.charAt(pos));
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                exp.append(digits(10, false));
                text.append(exp);
                isFloat = true;
            } else {
                pos = save;
                pos++;
                throw error("invalid decimal literal", line, sc);
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw error("complex literals are not supported by mview", line, sc);
        }
        checkNumberEnd(10);
        if (isFloat) {
            add(Token.Kind.NUMBER, src.substring(start, pos), Double.parseDouble(text.toString()), start, line, sc);
        } else {
            if (intPart.length() > 1 && intPart.charAt(0) == '0' && !intPart.chars().allMatch(ch -> ch == '0')) {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, sc);
            }
            add(Token.Kind.NUMBER, src.substring(start, pos), normalize(new BigInteger(intPart)), start, line, sc);
        }
    }

    private void checkNumberEnd(int radix) {
        if (pos < src.length()) {
            char c = src.charAt(pos);
            if (isIdentifierPart(c) || Character.isDigit(c)) {
                String what = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : radix == 2 ? "binary" : "decimal";
                if ((radix == 8 || radix == 2) && Character.isDigit(c)) {
                    throw error("invalid digit '" + c + "' in " + what + " literal", line, col());
                }
                throw error("invalid " + what + " literal", line, col());
            }
        }
    }

    /** Digits of {@code radix} with single underscores between them. */
    private String digits(int radix, boolean leadingUnderscore) {
        StringBuilder sb = new StringBuilder();
        boolean lastUnderscore = !leadingUnderscore;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '_') {
                if (lastUnderscore) {
                    throw error("invalid decimal literal", line, col());
                }
                lastUnderscore = true;
                pos++;
                continue;
            }
            if (Character.digit(c, radix) < 0 || c > 127) {
                break;
            }
            sb.append(c);
            lastUnderscore = false;
            pos++;
        }
        if (lastUnderscore && sb.length() > 0) {
            throw error("invalid decimal literal", line, col());
        }
        return sb.toString();
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private void string(String prefix, int start, int sc) {
        boolean raw = prefix.contains("r");
        boolean bytes = prefix.contains("b");
        if (prefix.contains("f")) {
            throw error("f-strings are not supported by mview", line, sc);
        }
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        int startLine = line;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        StringBuilder body = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                if (triple) {
                    throw PythonError.incompleteInput("unterminated triple-quoted string literal (detected at line " + line + ")", startLine, sc);
                }
                throw error("unterminated string literal (detected at line " + line + ")", startLine, sc);
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw error("unterminated string literal (detected at line " + line + ")", startLine, sc);
                }
                if (c == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                    pos++;
                }
                body.append('\n');
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (c == '\\') {
                if (pos + 1 >= src.length()) {
                    pos++;
                    continue;
                }
                char d = src.charAt(pos + 1);
                if (d == '\n' || d == '\r') {
                    if (raw) {
                        body.append('\\');
                    }
                    pos++;
                    if (raw) {
                        body.append('\n');
                    }
                    if (d == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                        pos++;
                    }
                    pos++;
                    line++;
                    lineStart = pos;
                    continue;
                }
                body.append(c).append(d);
                pos += 2;
                continue;
            }
            body.append(c);
            pos++;
        }
        String text = body.toString();
        if (bytes) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 127) {
                    throw error("bytes can only contain ASCII literal characters", startLine, sc);
                }
            }
            byte[] value = raw ? rawBytes(text) : Escapes.decodeBytes(text, startLine, sc);
            add(Token.Kind.BYTES, src.substring(start, pos), new PBytes(value), start, startLine, sc);
        } else {
            String value = raw ? text : Escapes.decodeString(text, startLine, sc);
            add(Token.Kind.STRING, src.substring(start, pos), value, start, startLine, sc);
        }
        assert bodyStart <= pos;
    }

    private static byte[] rawBytes(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) text.charAt(i);
        }
        return out;
    }
}
