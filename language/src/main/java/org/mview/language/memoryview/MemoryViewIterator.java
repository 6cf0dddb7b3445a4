package org.mview.language.memoryview;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferFormat;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.PythonTyped;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** CPython's {@code memory_iterator}: yields the items of a 1-D view, re-checking release on each step. */
@ExportLibrary(InteropLibrary.class)
public final class MemoryViewIterator implements TruffleObject, PythonTyped, java.util.Iterator<Object> {

    private final MemoryView mv;
    private final long length;
    private long next;
    /** The native format whose values the items take, for their type across interop. */
    private final BufferFormat itemKind;

    MemoryViewIterator(MemoryView mv) {
        this.mv = mv;
        this.length = mv.descriptor().shape()[0];
        this.itemKind = ExtendedItems.valueKind(mv.descriptor());
    }

    @Override
    public boolean hasNext() {
        return next < length;
    }

    /** The next item; when exhausted, Python's {@code StopIteration} (where Java iterators throw NoSuchElementException). */
    @Override
    public Object next() {
        if (next >= length) {
            throw PythonError.raise(PythonErrorType.StopIteration, "");
        }
        Object item = MemoryViewOps.itemAt(mv, next);
        next++;
        return item;
    }

    @Override
    public String pythonTypeName() {
        return "memory_iterator";
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return hasNext();
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (!hasNext()) {
            throw StopIterationException.create();
        }
        return ForeignValues.itemToInterop(next(), itemKind);
    }
}
