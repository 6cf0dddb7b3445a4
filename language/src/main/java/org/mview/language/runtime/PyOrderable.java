package org.mview.language.runtime;

/**
 * A language object with its own ordering ({@code < <= > >=}). {@link PyOps#order} asks the left
 * operand, then the right one with the reflected operator, as Python does.
 */
public interface PyOrderable {

    /**
     * @param op one of {@code < <= > >=}
     * @return the comparison's result, or null when this object does not order against {@code other}
     */
    Boolean pythonOrder(String op, Object other);
}
