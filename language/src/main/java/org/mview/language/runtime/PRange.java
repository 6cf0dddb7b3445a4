package org.mview.language.runtime;

/** Python's {@code range(start, stop, step)} over 64-bit ints. */
public final class PRange implements PythonTyped, Sized {

    private final long start;
    private final long stop;
    private final long step;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        } else if (step < 0 && start > stop) {
            return (start - stop - 1) / (-step) + 1;
        }
        return 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public String pythonTypeName() {
        return "range";
    }

    @Override
    public long pythonLength() {
        return length();
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }
}
