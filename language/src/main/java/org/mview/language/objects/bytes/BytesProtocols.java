package org.mview.language.objects.bytes;

import java.util.Iterator;
import java.util.List;

import org.mview.language.Messages;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.Sequences;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The longer pieces of the {@code bytes}/{@code bytearray} protocols ({@link BytesLike}): iteration over
 * ints, the item and slice assignment and deletion of {@code bytearray}, and {@code in}.
 */
final class BytesProtocols {

    private BytesProtocols() {
    }

    static Iterator<Object> iterator(byte[] bytes) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < bytes.length;
            }

            @Override
            public Object next() {
                return (long) (bytes[i++] & 0xFF);
            }
        };
    }

    /** {@code ba[key] = value}, resizing for a slice of another length. */
    @TruffleBoundary
    static void setItem(PByteArray ba, Object key, Object value) {
        byte[] b = ba.bytes();
        if (PyObjects.isIndex(key)) {
            int i = (int) Sequences.index(key, b.length, Messages.BYTEARRAY_INDEX);
            b[i] = BytesMethods.byteValue(value);
            return;
        } else if (key instanceof PSlice s) {
            byte[] repl;
            if (PyObjects.isIndex(value)) {
                throw PythonError.raise(PythonErrorType.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            repl = PyArith.bufferBytes(value);
            if (repl == null) {
                if (value instanceof String) {
                    throw PythonError.raise(PythonErrorType.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                List<Object> items = PyOps.toList(value);
                repl = new byte[items.size()];
                for (int k = 0; k < repl.length; k++) {
                    repl[k] = BytesMethods.byteValue(items.get(k));
                }
            }
            SliceIndices si = SliceIndices.of(s, b.length);
            if (si.step() == 1) {
                int start = (int) si.start();
                int stop = (int) Math.max(si.start(), si.stop());
                if (stop - start == repl.length) {
                    System.arraycopy(repl, 0, b, start, repl.length);
                    return;
                }
                byte[] out = new byte[b.length - (stop - start) + repl.length];
                System.arraycopy(b, 0, out, 0, start);
                System.arraycopy(repl, 0, out, start, repl.length);
                System.arraycopy(b, stop, out, start + repl.length, b.length - stop);
                ba.resize(out);
                return;
            }
            if (repl.length != si.length()) {
                throw PythonError.raise(PythonErrorType.ValueError,
                                "attempt to assign bytes of size " + repl.length + " to extended slice of size " + si.length());
            }
            for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                b[(int) i] = repl[(int) k];
            }
            return;
        }
        throw Sequences.badIndex("bytearray", key);
    }

    /** {@code del ba[key]}. */
    @TruffleBoundary
    static void delItem(PByteArray ba, Object key) {
        byte[] b = ba.bytes();
        SliceIndices si;
        if (PyObjects.isIndex(key)) {
            long i = Sequences.index(key, b.length, Messages.BYTEARRAY_INDEX);
            si = new SliceIndices(i, i + 1, 1, 1);
        } else if (key instanceof PSlice s) {
            si = SliceIndices.of(s, b.length);
        } else {
            throw Sequences.badIndex("bytearray", key);
        }
        byte[] out = new byte[b.length - (int) si.length()];
        for (int i = 0, k = 0; i < b.length; i++) {
            if (!Sequences.inSlice(si, i)) {
                out[k++] = b[i];
            }
        }
        ba.resize(out);
    }

    /** {@code item in hay}: an int in range(0, 256) or a bytes-like needle. */
    @TruffleBoundary
    static boolean contains(byte[] hay, Object item) {
        if (PyObjects.isIndex(item)) {
            Object i = PyObjects.index(item);
            if (!(i instanceof Long l) || l < 0 || l > 255) {
                throw PythonError.raise(PythonErrorType.ValueError, Messages.BYTE_RANGE);
            }
            for (byte x : hay) {
                if ((x & 0xFF) == l) {
                    return true;
                }
            }
            return false;
        }
        byte[] needle = PyArith.bufferBytes(item);
        if (needle == null) {
            throw PythonError.raise(PythonErrorType.TypeError, "a bytes-like object is required, not '" + PyObjects.typeName(item) + "'");
        }
        outer: for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

}
