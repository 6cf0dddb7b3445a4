package org.mview.language.objects.bytes;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinFamily;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.Arguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code bytearray} type's builtins: its constructor and methods ({@code append}; {@code hex decode fromhex} from {@link BytesLikeBuiltins}). */
@BuiltinFamily(includes = BytesLikeBuiltins.class)
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
