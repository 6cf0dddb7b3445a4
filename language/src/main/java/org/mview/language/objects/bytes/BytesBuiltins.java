package org.mview.language.objects.bytes;

import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinFamily;
import org.mview.language.objects.function.BuiltinNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code bytes} type's builtins: its constructor and methods ({@code hex decode fromhex} from {@link BytesLikeBuiltins}). */
@BuiltinFamily(includes = BytesLikeBuiltins.class)
public final class BytesBuiltins {

    private BytesBuiltins() {
    }

    @Builtin(name = "bytes", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return new PBytes(BytesConstruction.newBytes("bytes", args, kw));
        }
    }

}
