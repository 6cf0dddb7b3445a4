package org.mview.language.runtime;

/**
 * One module-level name: the value a program or embedder assigned (null while unassigned) over the
 * builtin of that name (null when there is none). A read site caches the cell of its name, so a read
 * in compiled code is a field load, not a map lookup.
 */
public final class GlobalCell {

    private final Object builtin;
    private volatile Object assigned;

    GlobalCell(Object builtin) {
        this.builtin = builtin;
    }

    /** The bound value, or null when the name is unbound. */
    public Object value() {
        Object v = assigned;
        return v != null ? v : builtin;
    }

    /** The assigned value (not the builtin), or null. */
    Object assigned() {
        return assigned;
    }

    void assign(Object value) {
        assigned = value;
    }
}
