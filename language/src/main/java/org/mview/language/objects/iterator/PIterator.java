package org.mview.language.objects.iterator;

import java.util.Iterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.StopIterationException;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PythonTyped;

/** A Python iterator over a Java iterator, as {@code iter(x)} returns it. */
@ExportLibrary(InteropLibrary.class)
public final class PIterator implements TruffleObject, PythonTyped, org.mview.language.runtime.PyIterable {

    private final String typeName;
    private final Iterator<Object> items;

    public PIterator(String typeName, Iterator<Object> items) {
        this.typeName = typeName;
        this.items = items;
    }

    /** {@code iter(it)} is {@code it}. */
    @Override
    public Iterator<Object> pythonIterator() {
        return items;
    }

    @Override
    public String iteratorTypeName() {
        return pythonTypeName();
    }

    public Iterator<Object> items() {
        return items;
    }

    @Override
    public String pythonTypeName() {
        return typeName;
    }

    @Override
    public String toString() {
        return "<" + typeName + " object at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        return items.hasNext();
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        if (!items.hasNext()) {
            throw StopIterationException.create();
        }
        return ForeignValues.toInterop(items.next());
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
