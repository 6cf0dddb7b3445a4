package org.mview.language.runtime;

/**
 * A language object with its own {@code ==}. {@link PyOps#equal} asks the left operand, then the
 * right one (Python's reflected {@code __eq__}); an object answers for any other operand, false
 * where Python's fallback to identity would.
 */
public interface PyEquatable {

    boolean pythonEquals(Object other);
}
