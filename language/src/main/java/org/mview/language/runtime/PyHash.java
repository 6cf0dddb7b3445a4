package org.mview.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Hashes of byte strings, shared by {@code bytes} and read-only byte-format memoryviews so that
 * {@code hash(m) == hash(m.tobytes())}, as in CPython. Like CPython's, the value is an implementation
 * detail (CPython randomises it per process); only the equalities are promised. Never -1, and 0 for
 * the empty string, as CPython's.
 */
public final class PyHash {

    private PyHash() {
    }

    @TruffleBoundary
    public static long hashBytes(byte[] bytes, int length) {
        if (length == 0) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= bytes[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 32;
        return h == -1 ? -2 : h;
    }
}
