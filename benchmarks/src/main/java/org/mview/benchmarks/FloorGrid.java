package org.mview.benchmarks;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * The interop floor of workload 13: unsigned bytes in rows, {@code grid[i]} a new {@link Row} per read
 * (as mview's {@code view[i]} of a 2-D view is a new view), {@code row[j]} a bounds-checked byte.
 * Nothing else: no release state, no format, no strides. What JS pays for {@code grid[i][j]} here
 * is the cost of reaching an element through two foreign reads, whoever implements them. The grid
 * and its row repeat the array messages of {@link FloorArray} on purpose, as those do each other's:
 * a floor shares no code, so that nothing it calls costs more than the message itself.
 */
@ExportLibrary(InteropLibrary.class)
final class FloorGrid implements TruffleObject {

    final byte[] data;
    final int rows;
    final int columns;

    FloorGrid(byte[] data, int rows, int columns) {
        this.data = data;
        this.rows = rows;
        this.columns = columns;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return rows;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < rows;
    }

    @ExportMessage
    Object readArrayElement(long index,
                    @Bind Node node,
                    @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
        if (index < 0 || index >= rows) {
            outOfBounds.enter(node);
            throw InvalidArrayIndexException.create(index);
        }
        return new Row(data, (int) index * columns, columns);
    }

    /** One row: {@code length} bytes of {@code data} from {@code offset}. */
    @ExportLibrary(InteropLibrary.class)
    static final class Row implements TruffleObject {

        final byte[] data;
        final int offset;
        final int length;

        Row(byte[] data, int offset, int length) {
            this.data = data;
            this.offset = offset;
            this.length = length;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return length;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < length;
        }

        @ExportMessage
        int readArrayElement(long index,
                        @Bind Node node,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            return data[offset + (int) index] & 0xFF;
        }
    }
}
