package org.mview.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * A Python exception raised by mview code: a Python type and CPython's message. Other languages catch
 * it as a guest exception; its Java message reads {@code Type: message}, the last line of a Python
 * traceback.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonError extends AbstractTruffleException implements org.mview.language.runtime.PythonTyped {

    private static final long serialVersionUID = 1L;

    private final PythonErrorType type;
    private final String pythonMessage;
    private final int line;
    private final int column;
    private final boolean incompleteSource;

    private PythonError(PythonErrorType type, String message, Node location, int line, int column, boolean incompleteSource) {
        super(message.isEmpty() ? type.name() : type.name() + ": " + message, location);
        this.type = type;
        this.pythonMessage = message;
        this.line = line;
        this.column = column;
        this.incompleteSource = incompleteSource;
    }

    @TruffleBoundary
    public static PythonError raise(PythonErrorType type, String message) {
        return new PythonError(type, message, null, 0, 0, false);
    }

    @TruffleBoundary
    public static PythonError raise(PythonErrorType type, String message, Node location) {
        return new PythonError(type, message, location, 0, 0, false);
    }

    @TruffleBoundary
    public static PythonError syntaxError(String message, int line, int column) {
        return new PythonError(PythonErrorType.SyntaxError, message, null, line, column, false);
    }

    /** A syntax error caused by input that ended too early: a REPL asks for a continuation line. */
    @TruffleBoundary
    public static PythonError incompleteInput(String message, int line, int column) {
        return new PythonError(PythonErrorType.SyntaxError, message, null, line, column, true);
    }

    @Override
    public String pythonTypeName() {
        return type.name();
    }

    public PythonErrorType getType() {
        return type;
    }

    /** The message without the type name, as {@code str(e)} gives it in Python. */
    public String getPythonMessage() {
        return pythonMessage;
    }

    /** 1-based line of a syntax error, 0 otherwise. */
    public int getLine() {
        return line;
    }

    /** 1-based column of a syntax error, 0 otherwise. */
    public int getColumn() {
        return column;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return type == PythonErrorType.SyntaxError ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incompleteSource;
    }
}
