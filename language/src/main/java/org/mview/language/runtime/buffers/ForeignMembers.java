package org.mview.language.runtime.buffers;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * Reading the members an exporter describes itself with ({@code byteOffset}, {@code typecode},
 * {@code shape}, ...) through uncached interop: acquisition is a slow path. A member of the wrong
 * kind is a {@code BufferError} naming the exporter's member, never an internal error.
 */
final class ForeignMembers {

    private static final InteropLibrary UNCACHED = InteropLibrary.getUncached();

    private ForeignMembers() {
    }

    static boolean hasReadable(Object obj, String... names) {
        if (!UNCACHED.hasMembers(obj)) {
            return false;
        }
        for (String name : names) {
            if (!UNCACHED.isMemberReadable(obj, name)) {
                return false;
            }
        }
        return true;
    }

    static Object read(Object obj, String name) {
        try {
            return UNCACHED.readMember(obj, name);
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            throw bad(name, "is not readable");
        }
    }

    static long readLong(Object obj, String name) {
        return asLong(read(obj, name), name);
    }

    static String readString(Object obj, String name) {
        Object value = read(obj, name);
        try {
            return UNCACHED.asString(value);
        } catch (UnsupportedMessageException e) {
            throw bad(name, "is not a string");
        }
    }

    static boolean readBoolean(Object obj, String name) {
        Object value = read(obj, name);
        try {
            return UNCACHED.asBoolean(value);
        } catch (UnsupportedMessageException e) {
            throw bad(name, "is not a boolean");
        }
    }

    /** A member holding a sequence of ints (a Python tuple, a JS array) as a {@code long[]}. */
    static long[] readLongs(Object obj, String name) {
        Object value = read(obj, name);
        try {
            int n = (int) UNCACHED.getArraySize(value);
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = asLong(UNCACHED.readArrayElement(value, i), name);
            }
            return out;
        } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
            throw bad(name, "is not a sequence of ints");
        }
    }

    /** The simple name of the value's meta-object ({@code Float64Array}), or null. */
    static String metaSimpleName(Object obj) {
        try {
            if (UNCACHED.hasMetaObject(obj)) {
                return UNCACHED.asString(UNCACHED.getMetaSimpleName(UNCACHED.getMetaObject(obj)));
            }
        } catch (UnsupportedMessageException e) {
            // no usable name
        }
        return null;
    }

    private static long asLong(Object value, String name) {
        try {
            if (UNCACHED.fitsInLong(value)) {
                return UNCACHED.asLong(value);
            }
        } catch (UnsupportedMessageException e) {
            // fall through
        }
        throw bad(name, "is not an int");
    }

    private static PythonError bad(String name, String what) {
        return PythonError.raise(PythonErrorType.BufferError, "memoryview: the exporter's '" + name + "' " + what);
    }
}
