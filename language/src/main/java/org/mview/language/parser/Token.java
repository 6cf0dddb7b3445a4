package org.mview.language.parser;

/** A token of mview source: its kind, its text, its literal value, and where it starts (1-based). */
record Token(Kind kind, String text, Object value, int line, int column, int start, int end) {

    enum Kind {
        NAME, NUMBER, STRING, BYTES, OP, NEWLINE, INDENT, DEDENT, EOF
    }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }
}
