package org.mview.language;

/** The Python exception classes that mview raises; the name is what Python code and tracebacks see. */
public enum PythonErrorType {
    TypeError,
    ValueError,
    IndexError,
    BufferError,
    NotImplementedError,
    OverflowError,
    ZeroDivisionError,
    AttributeError,
    NameError,
    KeyError,
    StopIteration,
    SyntaxError,
    SystemError,
    RuntimeError,
    UnicodeEncodeError,
    UnicodeDecodeError,
    AssertionError,
    RecursionError,
    MemoryError;

    /** Whether an {@code except X} clause naming {@code handler} catches this type. */
    public boolean isSubclassOf(PythonErrorType handler) {
        if (handler == this) {
            return true;
        }
        return switch (this) {
            case IndexError, KeyError -> false;
            case UnicodeEncodeError, UnicodeDecodeError -> handler == ValueError;
            case ZeroDivisionError, OverflowError -> false;
            case RecursionError -> handler == RuntimeError;
            case NotImplementedError -> handler == RuntimeError;
            default -> false;
        };
    }
}
