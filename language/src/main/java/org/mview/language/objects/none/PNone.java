package org.mview.language.objects.none;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}; other languages see it as null. */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {

    public static final PNone INSTANCE = new PNone();

    private PNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "None";
    }

    @Override
    public String toString() {
        return "None";
    }
}
