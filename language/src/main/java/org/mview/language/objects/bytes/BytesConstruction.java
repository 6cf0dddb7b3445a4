package org.mview.language.objects.bytes;

import java.util.List;

import org.mview.language.Messages;
import org.mview.language.runtime.PyArith;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code bytes(...)} and {@code bytearray(...)}: the source argument turned into new bytes. */
final class BytesConstruction {

    private BytesConstruction() {
    }

    @TruffleBoundary
    static byte[] newBytes(String name, Object[] args, String[] kw) {
        Object[] a = Arguments.bind(name, args, kw, new String[]{"source", "encoding", "errors"}, 0, 0);
        Object src = a[0];
        if (src == null) {
            if (a[1] != null || a[2] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof String s) {
            if (a[1] == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "string argument without an encoding");
            }
            return BytesMethods.encode(s, a[1]);
        }
        if (a[1] != null) {
            throw PythonError.raise(PythonErrorType.TypeError, "encoding without a string argument");
        }
        if (a[2] != null) {
            throw PythonError.raise(PythonErrorType.TypeError, "errors without a string argument");
        }
        if (PyObjects.isIndex(src)) {
            long n = PyObjects.asSsize(src, PythonErrorType.OverflowError);
            if (n < 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PythonError.raise(PythonErrorType.MemoryError, "");
            }
            return new byte[(int) n];
        }
        byte[] buffer = PyArith.bufferBytes(src);
        if (buffer != null) {
            return src instanceof PBytes ? buffer.clone() : buffer;
        }
        List<Object> items;
        try {
            items = PyOps.toList(src);
        } catch (PythonError e) {
            if (e.getType() == PythonErrorType.TypeError && e.getPythonMessage().endsWith("is not iterable")) {
                throw PythonError.raise(PythonErrorType.TypeError, "cannot convert '" + PyObjects.typeName(src) + "' object to " + name);
            }
            throw e;
        }
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = items.get(i);
            if (!PyObjects.isIndex(v)) {
                throw PyObjects.notAnInteger(v);
            }
            Object idx = PyObjects.index(v);
            if (!(idx instanceof Long l) || l < 0 || l > 255) {
                throw PythonError.raise(PythonErrorType.ValueError, name.equals("bytes") ? "bytes must be in range(0, 256)" : Messages.BYTE_RANGE);
            }
            out[i] = (byte) (long) l;
        }
        return out;
    }
}
