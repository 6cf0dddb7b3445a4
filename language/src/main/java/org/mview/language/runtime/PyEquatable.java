package org.mview.language.runtime;

/**
 * A language object with its own {@code ==}. {@link PyOps#equal} asks the left operand, then the
 * right one (Python's reflected {@code __eq__}), then falls back to identity.
 */
public interface PyEquatable {

    /** The result of {@code self == other}, or null for Python's {@code NotImplemented}. */
    Boolean pythonEquals(Object other);
}
