package org.mview.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A Python exception raised by mview code: a Python type and CPython's message. Other languages catch
 * it as a guest exception; its Java message reads {@code Type: message}, the last line of a Python
 * traceback.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonError extends AbstractTruffleException implements org.mview.language.runtime.PythonTyped, org.mview.language.runtime.PythonAttributes {

    private static final long serialVersionUID = 1L;

    private final PythonErrorType type;
    private final String pythonMessage;
    private final int line;
    private final int column;
    private final boolean incompleteSource;
    /** Where a syntax error is, once known; runtime errors use their location node instead. */
    private final SourceSection syntaxSection;

    private PythonError(PythonErrorType type, String message, Node location, int line, int column, boolean incompleteSource) {
        this(type, message, location, line, column, incompleteSource, null);
    }

    private PythonError(PythonErrorType type, String message, Node location, int line, int column, boolean incompleteSource, SourceSection syntaxSection) {
        super(message.isEmpty() ? type.name() : type.name() + ": " + message, location);
        this.type = type;
        this.pythonMessage = message;
        this.line = line;
        this.column = column;
        this.incompleteSource = incompleteSource;
        this.syntaxSection = syntaxSection;
    }

    /** This syntax error pointing into {@code source} at its line and column. */
    @TruffleBoundary
    public PythonError inSource(Source source) {
        if (syntaxSection != null || line < 1 || line > source.getLineCount()) {
            return this;
        }
        int lineLength = source.getLineLength(line);
        int col = Math.max(1, Math.min(column, Math.max(1, lineLength)));
        SourceSection section = lineLength == 0 ? source.createSection(line) : source.createSection(line, col, 1);
        return new PythonError(type, pythonMessage, null, line, column, incompleteSource, section);
    }

    /**
     * This error located at {@code node} (a statement) if it has no location yet, so that tracebacks
     * name the line; errors raised deep in runtime helpers are created without one.
     */
    public PythonError locatedAt(Node node) {
        if (getLocation() != null || syntaxSection != null) {
            return this;
        }
        return relocate(node);
    }

    @TruffleBoundary
    private PythonError relocate(Node node) {
        PythonError located = new PythonError(type, pythonMessage, node, line, column, incompleteSource, null);
        located.setStackTrace(getStackTrace());
        return located;
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

    @Override
    @TruffleBoundary
    public Object pythonAttribute(String name) {
        if (name.equals("args")) {
            return getPythonMessage().isEmpty() ? org.mview.language.objects.tuple.PTuple.EMPTY : new org.mview.language.objects.tuple.PTuple(new Object[]{getPythonMessage()});
        }
        return null;
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

    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return syntaxSection != null || (getLocation() != null && getLocation().getEncapsulatingSourceSection() != null);
    }

    @ExportMessage(name = "getSourceLocation")
    @TruffleBoundary
    SourceSection sourceLocation() throws UnsupportedMessageException {
        if (syntaxSection != null) {
            return syntaxSection;
        }
        SourceSection section = getLocation() == null ? null : getLocation().getEncapsulatingSourceSection();
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }
}
