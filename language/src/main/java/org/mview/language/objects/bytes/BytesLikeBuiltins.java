package org.mview.language.objects.bytes;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.type.PType;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PCallable;
import org.mview.language.runtime.PyArith;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods {@code bytes} and {@code bytearray} share: {@code hex}, {@code decode}, {@code fromhex}. */
final class BytesLikeBuiltins {

    private BytesLikeBuiltins() {
    }

    @Builtin(name = "hex")
    static final class HexNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("hex", args, kw, new String[]{"sep", "bytes_per_sep"}, 0, 0);
            return HexFormat.hex(PyArith.bufferBytes(self), a[0] instanceof PNone ? null : a[0], HexFormat.bytesPerSep(a[1]));
        }
    }

    @Builtin(name = "decode")
    static final class DecodeNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("decode", args, kw, new String[]{"encoding", "errors"}, 0, 0);
            return BytesMethods.decode(PyArith.bufferBytes(self), a[0] == null ? "utf-8" : a[0]);
        }
    }

    /** {@code bytes.fromhex(s)}, {@code bytearray.fromhex(s)}: {@code self} is the type, called with the bytes (as CPython does). */
    @Builtin(name = "fromhex", classMethod = true)
    static final class FromHexNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("fromhex", args, kw, new String[]{"string"}, 1, 1);
            PBytes bytes = new PBytes(BytesMethods.fromhex(a[0]));
            return ((PType) self).name().equals("bytes") ? bytes : ((PType) self).call(new Object[]{bytes}, PCallable.NO_KEYWORDS);
        }
    }
}
