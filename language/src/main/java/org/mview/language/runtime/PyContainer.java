package org.mview.language.runtime;

/** A language object with its own {@code in} (bytes-like containers search for bytes and ints). */
public interface PyContainer {

    boolean pythonContains(Object item);
}
