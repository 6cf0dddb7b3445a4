package org.mview.language.runtime;

import java.util.Iterator;

/** A language object with Python iteration: {@code iter(x)}; {@link PyOps#iterate} dispatches here. */
public interface PyIterable {

    Iterator<Object> pythonIterator();

    /** The Python type name of the iterator ({@code memory_iterator}, {@code bytes_iterator}, ...). */
    String iteratorTypeName();
}
