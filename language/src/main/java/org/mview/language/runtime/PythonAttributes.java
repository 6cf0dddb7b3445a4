package org.mview.language.runtime;

/**
 * A language object whose Python attributes are read-only named fields, such as a C struct's
 * ({@code Py_buffer}); {@link PyOps#getAttribute} reads them without naming the type.
 */
public interface PythonAttributes {

    /** The attribute's value, or {@code null} when the object has no attribute of that name. */
    Object pythonAttribute(String name);
}
