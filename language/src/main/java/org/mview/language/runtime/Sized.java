package org.mview.language.runtime;

/** A language object with Python {@code len()}; its truth value is {@code len() != 0}. */
public interface Sized {
    long pythonLength();
}
