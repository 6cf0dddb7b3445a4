package org.mview.language.runtime;

/** A language object that knows its Python type name (as {@code type(x).__name__} gives it). */
public interface PythonTyped {
    String pythonTypeName();
}
