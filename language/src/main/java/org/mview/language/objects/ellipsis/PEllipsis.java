package org.mview.language.objects.ellipsis;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code ...} (Ellipsis), a valid key for 0-dim views. */
@ExportLibrary(InteropLibrary.class)
public final class PEllipsis implements TruffleObject, org.mview.language.runtime.PythonTyped {

    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public String pythonTypeName() {
        return "ellipsis";
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "Ellipsis";
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
