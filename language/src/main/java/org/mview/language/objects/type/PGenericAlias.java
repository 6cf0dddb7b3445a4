package org.mview.language.objects.type;

import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyRepr;
import org.mview.language.runtime.PyRepresentable;
import org.mview.language.runtime.PythonTyped;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** {@code list[int]}: CPython's {@code types.GenericAlias} of a generic builtin type, printed as CPython prints it. */
@ExportLibrary(InteropLibrary.class)
public final class PGenericAlias implements TruffleObject, PythonTyped, PyRepresentable {

    private final PType origin;
    private final Object[] args;

    PGenericAlias(PType origin, Object key) {
        this.origin = origin;
        this.args = key instanceof PTuple t ? t.items() : new Object[]{key};
    }

    @Override
    public String pythonTypeName() {
        return "types.GenericAlias";
    }

    /** {@code ga_repr}: a type by its name, {@code ...} as is, anything else by its repr. */
    @Override
    @TruffleBoundary
    public String pythonRepr() {
        StringBuilder sb = new StringBuilder(origin.name()).append('[');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object a = args[i];
            sb.append(a instanceof PType t ? t.name() : a instanceof org.mview.language.objects.ellipsis.PEllipsis ? "..." : PyRepr.repr(a));
        }
        if (args.length == 0) {
            sb.append("()");
        }
        return sb.append(']').toString();
    }

    @Override
    public String toString() {
        return pythonRepr();
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return pythonRepr();
    }
}
