package org.mview.language.runtime;

import java.util.ArrayList;
import java.util.List;

/** Python's mutable {@code list}. */
public final class PList {

    private final ArrayList<Object> items;

    public PList() {
        this.items = new ArrayList<>();
    }

    public PList(int capacity) {
        this.items = new ArrayList<>(capacity);
    }

    public PList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    /** The live backing list. */
    public ArrayList<Object> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Object get(int i) {
        return items.get(i);
    }

    public void add(Object value) {
        items.add(value);
    }
}
