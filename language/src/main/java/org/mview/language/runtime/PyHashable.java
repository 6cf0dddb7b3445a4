package org.mview.language.runtime;

/** A language object with its own {@code hash()}; an unhashable type raises CPython's TypeError here. */
public interface PyHashable {

    long pythonHash();
}
