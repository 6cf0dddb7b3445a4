package org.mview.language.memoryview;

import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.runtime.MemberNames;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.PythonTyped;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A {@code Py_buffer} as guest code and other languages see it: the members of the C struct
 * ({@code obj len itemsize readonly ndim format shape strides suboffsets}, plus {@code buf}, the
 * memory's owner, and {@code offset}, the byte offset of the first element in it). It comes from
 * {@code PyMemoryView_GET_BUFFER} (a view's live descriptor), from {@code Py_buffer(...)} (a spec for
 * {@code PyMemoryView_FromBuffer}) or from {@code PyObject_GetBuffer} (an export, held until
 * {@code PyBuffer_Release}).
 *
 * <p>An export that becomes unreachable without {@code PyBuffer_Release} is released by a
 * {@link Cleaner} action, so a dropped export never locks its view or exporter for good.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyBuffer implements TruffleObject, PythonTyped, PythonAttributes {

    static final String[] MEMBERS = {"buf", "obj", "offset", "len", "itemsize", "readonly", "ndim", "format", "shape", "strides", "suboffsets"};

    private final BufferDescriptor descriptor;
    /** The object whose memory {@code buf} is, as given to {@code Py_buffer(...)}; null otherwise. */
    private final Object buf;
    /** For an export: the view whose export count it holds, else null. */
    private final MemoryView exportedFrom;
    /** For an export of a non-view exporter: its managed buffer, else null. */
    private final org.mview.language.buffer.ManagedBuffer exportedBuffer;
    private final ExportRelease releaser;
    private final Cleaner.Cleanable cleanable;
    /** Tracks an export that locks its exporter, so a resize can reclaim it once it is dropped. */
    private final org.mview.language.buffer.ExportLease lease;
    /**
     * The {@code PyBUF_*} request of an export: the fields it did not ask for are NULL in C (None
     * here), as {@code memory_getbuf} leaves them; {@link #COMPLETE} for every other Py_buffer.
     */
    private final long request;

    static final long COMPLETE = PyBufFlags.PyBUF_INDIRECT | PyBufFlags.PyBUF_FORMAT;

    private static final Cleaner CLEANER = Cleaner.create();

    PyBuffer(BufferDescriptor descriptor, Object buf, MemoryView exportedFrom, org.mview.language.buffer.ManagedBuffer exportedBuffer) {
        this(descriptor, buf, exportedFrom, exportedBuffer, COMPLETE);
    }

    PyBuffer(BufferDescriptor descriptor, Object buf, MemoryView exportedFrom, org.mview.language.buffer.ManagedBuffer exportedBuffer, long request) {
        this.request = request;
        this.descriptor = descriptor;
        this.buf = buf;
        this.exportedFrom = exportedFrom;
        this.exportedBuffer = exportedBuffer;
        if (exportedFrom != null || exportedBuffer != null) {
            this.releaser = new ExportRelease(exportedFrom, exportedBuffer);
            this.cleanable = CLEANER.register(this, releaser);
            // Tracked so that a release() or resize refused because of it can reclaim it once it is dropped.
            this.lease = org.mview.language.buffer.ExportLeases.lease(this, releaser);
        } else {
            this.releaser = null;
            this.cleanable = null;
            this.lease = null;
        }
    }

    /** What ends this export (for {@code ExportSites}), or null when it is not an export. */
    Object exportToken() {
        return releaser;
    }

    /** Ends an export once, from {@code PyBuffer_Release} or the cleaner; holds no reference to the Py_buffer. */
    private static final class ExportRelease extends AtomicBoolean implements Runnable {

        private static final long serialVersionUID = 1L;

        private final transient MemoryView exportedFrom;
        private final transient org.mview.language.buffer.ManagedBuffer exportedBuffer;

        ExportRelease(MemoryView exportedFrom, org.mview.language.buffer.ManagedBuffer exportedBuffer) {
            this.exportedFrom = exportedFrom;
            this.exportedBuffer = exportedBuffer;
        }

        @Override
        public void run() {
            if (compareAndSet(false, true)) {
                if (exportedFrom != null) {
                    exportedFrom.exportClosed(this);
                    exportedFrom.removeExport();
                }
                if (exportedBuffer != null) {
                    exportedBuffer.unregisterView();
                }
            }
        }
    }

    public BufferDescriptor descriptor() {
        return descriptor;
    }

    /** {@code PyBuffer_Release}: ends the export; a second release does nothing. */
    void release() {
        if (cleanable != null) {
            cleanable.clean(); // runs ExportRelease at most once, then deregisters it
            if (lease != null) {
                org.mview.language.buffer.ExportLeases.forget(lease);
            }
        }
    }

    @Override
    public String pythonTypeName() {
        return "Py_buffer";
    }

    private boolean requested(long flag) {
        return PyBufFlags.requested(request, flag);
    }

    @TruffleBoundary
    Object member(String name) {
        Object value = pythonAttribute(name);
        if (value == null) {
            throw PythonError.raise(PythonErrorType.AttributeError, "'Py_buffer' object has no attribute '" + name + "'");
        }
        return value;
    }

    /** The struct's fields; {@code readonly} is the C int (0 or 1), NULL arrays are None. */
    @Override
    @TruffleBoundary
    public Object pythonAttribute(String name) {
        BufferDescriptor d = descriptor;
        boolean nd = requested(PyBufFlags.PyBUF_ND);
        return switch (name) {
            case "buf" -> buf != null ? buf : (d.obj() != null ? d.obj() : PNone.INSTANCE);
            case "obj" -> d.obj() == null ? PNone.INSTANCE : d.obj();
            case "offset" -> d.offset();
            case "len" -> d.len();
            case "itemsize" -> (long) d.itemsize();
            case "readonly" -> d.readonly() ? 1L : 0L;
            case "ndim" -> nd ? (long) d.ndim() : 1L;
            case "format" -> requested(PyBufFlags.PyBUF_FORMAT) ? d.format() : PNone.INSTANCE;
            // A 0-dim view has NULL shape and strides in C (CPython's init_shape_strides), as do fields not requested.
            case "shape" -> nd && d.ndim() > 0 ? PTuple.ofLongs(d.shape()) : PNone.INSTANCE;
            case "strides" -> requested(PyBufFlags.PyBUF_STRIDES) && d.ndim() > 0 ? PTuple.ofLongs(d.strides()) : PNone.INSTANCE;
            case "suboffsets" -> d.suboffsets() == null ? PNone.INSTANCE : PTuple.ofLongs(d.suboffsets());
            default -> null;
        };
    }

    static boolean isMember(String name) {
        for (String m : MEMBERS) {
            if (m.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(MEMBERS);
    }

    @ExportMessage
    boolean isMemberReadable(String name) {
        return isMember(name);
    }

    @ExportMessage
    Object readMember(String name) throws UnknownIdentifierException {
        if (!isMember(name)) {
            throw UnknownIdentifierException.create(name);
        }
        return member(name);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    /** The fields as a C debugger would list them; {@code buf} and {@code obj} by their type only. */
    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder("<Py_buffer");
        for (String m : MEMBERS) {
            if (!m.equals("buf") && !m.equals("obj")) {
                sb.append(' ').append(m).append('=').append(PyRepr.repr(pythonAttribute(m)));
            }
        }
        return sb.append('>').toString();
    }
}
