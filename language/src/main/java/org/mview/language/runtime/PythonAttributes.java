package org.mview.language.runtime;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

/**
 * A language object with Python attributes of its own: read-only named fields such as a C struct's
 * ({@code Py_buffer}), {@code range.start}, {@code e.args}, a view's members, a type's name and class
 * methods. {@link PyOps#getAttribute} reads them without naming the type.
 */
public interface PythonAttributes {

    /** The attribute's value, or {@code null} when the object has no attribute of that name. */
    Object pythonAttribute(String name);

    /** The AttributeError for a name the object does not have, in CPython's words for its kind. */
    default PythonError noAttribute(String name) {
        return PythonError.raise(PythonErrorType.AttributeError, "'" + PyObjects.typeName(this) + "' object has no attribute '" + name + "'");
    }
}
