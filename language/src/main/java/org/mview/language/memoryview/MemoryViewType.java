package org.mview.language.memoryview;

import org.mview.language.MViewLanguage;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** The meta-object of every view: the type {@code memoryview}. */
@ExportLibrary(InteropLibrary.class)
public final class MemoryViewType implements TruffleObject {

    public static final MemoryViewType INSTANCE = new MemoryViewType();

    private MemoryViewType() {
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaQualifiedName() {
        return "memoryview";
    }

    @ExportMessage
    Object getMetaSimpleName() {
        return "memoryview";
    }

    @ExportMessage
    boolean isMetaInstance(Object instance) {
        return instance instanceof MemoryView;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MViewLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<class 'memoryview'>";
    }
}
