package org.mview.benchmarks;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Bind;

/**
 * The trivial foreign arrays of the interop floor: elements decoded from a {@code byte[]} at
 * {@code index * strideBytes}, with a bounds check and nothing else (no release state, no format).
 */
final class FloorArray {

    private FloorArray() {
    }

    @ExportLibrary(InteropLibrary.class)
    static final class Doubles implements TruffleObject {
        final byte[] data;
        final long length;
        final int strideBytes;

        Doubles(byte[] data, long length, int strideBytes) {
            this.data = data;
            this.length = length;
            this.strideBytes = strideBytes;
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
        double readArrayElement(long index,
                        @Bind Node node,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            return ByteArraySupport.littleEndian().getDouble(data, index * strideBytes);
        }
    }

    @ExportLibrary(InteropLibrary.class)
    static final class Ints implements TruffleObject {
        final byte[] data;
        final long length;
        final int strideBytes;

        Ints(byte[] data, long length, int strideBytes) {
            this.data = data;
            this.length = length;
            this.strideBytes = strideBytes;
        }

        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return length;
        }

        @ExportMessage(name = "isArrayElementReadable")
        @ExportMessage(name = "isArrayElementModifiable")
        boolean isArrayElementReadable(long index) {
            return index >= 0 && index < length;
        }

        @ExportMessage
        boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
            return false;
        }

        @ExportMessage
        int readArrayElement(long index,
                        @Bind Node node,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            return ByteArraySupport.littleEndian().getInt(data, index * strideBytes);
        }

        @ExportMessage
        void writeArrayElement(long index, Object value,
                        @Bind Node node,
                        @CachedLibrary(limit = "3") InteropLibrary values,
                        @Cached InlinedBranchProfile outOfBounds) throws InvalidArrayIndexException, UnsupportedMessageException, UnsupportedTypeException {
            if (index < 0 || index >= length) {
                outOfBounds.enter(node);
                throw InvalidArrayIndexException.create(index);
            }
            if (!values.fitsInInt(value)) {
                outOfBounds.enter(node);
                throw UnsupportedTypeException.create(new Object[]{value});
            }
            ByteArraySupport.littleEndian().putInt(data, index * strideBytes, values.asInt(value));
        }
    }
}
