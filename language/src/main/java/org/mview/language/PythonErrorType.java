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
    MemoryError,
    LookupError,
    ArithmeticError,
    UnicodeError,
    Exception,
    BaseException;

    /** Whether an {@code except X} clause naming {@code handler} catches this type. */
    public boolean isSubclassOf(PythonErrorType handler) {
        for (PythonErrorType t = this; t != null; t = t.parent()) {
            if (t == handler) {
                return true;
            }
        }
        return false;
    }

    /** The Python base class, or null for {@code BaseException}. */
    public PythonErrorType parent() {
        return switch (this) {
            case BaseException -> null;
            case Exception -> BaseException;
            case IndexError, KeyError -> LookupError;
            case ZeroDivisionError, OverflowError -> ArithmeticError;
            case UnicodeEncodeError, UnicodeDecodeError -> UnicodeError;
            case UnicodeError -> ValueError;
            case RecursionError, NotImplementedError -> RuntimeError;
            default -> Exception;
        };
    }
}
