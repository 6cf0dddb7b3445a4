package org.mview.language.runtime;

/** Python's {@code slice(start, stop, step)}; each part is a Python value or {@link PNone}. */
public final class PSlice {

    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }
}
