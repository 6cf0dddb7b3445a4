package org.mview.tests.fuzz;

/**
 * Decisions drawn from a fuzzer's bytes (Jazzer's input, a corpus file, or seeded random bytes):
 * small, total and deterministic, so every input replays the same run. An exhausted input yields
 * zeros, which ends the op loops.
 */
public final class FuzzInput {

    private final byte[] data;
    private int pos;

    public FuzzInput(byte[] data) {
        this.data = data;
    }

    public boolean exhausted() {
        return pos >= data.length;
    }

    public int nextByte() {
        return pos < data.length ? data[pos++] & 0xFF : 0;
    }

    /** An int in {@code [lo, hi]}. */
    public int range(int lo, int hi) {
        long span = (long) hi - lo + 1;
        long v = span <= 256 ? nextByte() : ((long) nextByte() << 8 | nextByte()) << 8 | nextByte();
        return (int) (lo + Math.floorMod(v, span));
    }

    public boolean bool() {
        return (nextByte() & 1) != 0;
    }

    public <T> T pick(T[] options) {
        return options[range(0, options.length - 1)];
    }

    /** A long biased to interesting values: small ones, edges, and a few raw 64-bit values. */
    public long interestingLong() {
        return switch (range(0, 9)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> Integer.MAX_VALUE;
            case 3 -> -1;
            case 4 -> {
                long v = 0;
                for (int i = 0; i < 8; i++) {
                    v = v << 8 | nextByte();
                }
                yield v;
            }
            default -> range(-300, 300);
        };
    }

    public String asciiString(int maxLength) {
        int n = range(0, maxLength);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) range(0, 127));
        }
        return sb.toString();
    }
}
