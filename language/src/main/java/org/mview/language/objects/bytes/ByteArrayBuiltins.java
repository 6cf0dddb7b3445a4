package org.mview.language.objects.bytes;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyArith;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code bytearray} type's builtins: its constructor and methods {@code hex decode fromhex append}. */
public final class ByteArrayBuiltins {

    private ByteArrayBuiltins() {
    }

    @Builtin(name = "bytearray", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return new PByteArray(BytesConstruction.newBytes("bytearray", args, kw));
        }
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

    @Builtin(name = "fromhex", classMethod = true)
    static final class FromHexNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("fromhex", args, kw, new String[]{"string"}, 1, 1);
            return new PByteArray(BytesMethods.fromhex(a[0]));
        }
    }

    @Builtin(name = "append")
    static final class AppendNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("append", args, kw, new String[]{"item"}, 1, 1);
            ((PByteArray) self).append(BytesMethods.byteValue(a[0]));
            return PNone.INSTANCE;
        }
    }
}
