package org.mview.language.runtime;

import java.util.Iterator;

/** A Python iterator over a Java iterator, as {@code iter(x)} returns it. */
public final class PIterator implements PythonTyped {

    private final String typeName;
    private final Iterator<Object> items;

    public PIterator(String typeName, Iterator<Object> items) {
        this.typeName = typeName;
        this.items = items;
    }

    public Iterator<Object> items() {
        return items;
    }

    @Override
    public String pythonTypeName() {
        return typeName;
    }

    @Override
    public String toString() {
        return "<" + typeName + " object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}
