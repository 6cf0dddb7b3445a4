package org.mview.language.runtime;

/** A sequence with {@code +} and {@code *} (list, tuple, bytes, bytearray); {@link PyArith} dispatches here. */
public interface PyConcatenable {

    /** {@code self + other}, raising CPython's TypeError for an operand of another kind. */
    Object concat(Object other);

    /** {@code self * times}, {@code times} at least 0 and already checked against the size limit. */
    Object repeat(int times);
}
