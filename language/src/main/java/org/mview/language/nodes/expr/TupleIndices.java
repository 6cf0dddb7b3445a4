package org.mview.language.nodes.expr;

import org.mview.language.objects.tuple.PTuple;

import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A subscript tuple of ints as element indices, for the compiled {@code m[i, j]} paths of {@link GetItemNode} and {@link SetItemNode}. */
final class TupleIndices {

    private TupleIndices() {
    }

    /**
     * Writes the first {@code n} entries of {@code key} into {@code indices} as indices into dimensions
     * of {@code shape} (negative ones from the end); false when one is not an int or is out of range:
     * the caller then takes its slow path, which raises CPython's error. {@code n} is a compilation
     * constant: the loop is unrolled, and the caller's array (never merged with another value here)
     * stays virtual in compiled code.
     */
    @ExplodeLoop
    static boolean fill(PTuple key, long[] shape, int n, long[] indices) {
        for (int d = 0; d < n; d++) {
            Object k = key.get(d);
            long i = k instanceof Long l ? (l < 0 ? l + shape[d] : l) : -1;
            if (i < 0 || i >= shape[d]) {
                return false;
            }
            indices[d] = i;
        }
        return true;
    }

    /** Whether the first {@code n} entries of {@code key} are all ints (unrolled: {@code n} is a compilation constant). */
    @ExplodeLoop
    static boolean allInts(PTuple key, int n) {
        for (int d = 0; d < n; d++) {
            if (!(key.get(d) instanceof Long)) {
                return false;
            }
        }
        return true;
    }
}
