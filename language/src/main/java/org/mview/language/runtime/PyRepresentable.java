package org.mview.language.runtime;

/** A language object with its own {@code repr()}, which {@link PyRepr#repr} uses without naming the type. */
public interface PyRepresentable {

    String pythonRepr();
}
