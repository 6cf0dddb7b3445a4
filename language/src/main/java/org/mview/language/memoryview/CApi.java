package org.mview.language.memoryview;

import static org.mview.language.memoryview.PyBufFlags.PyBUF_READ;
import static org.mview.language.memoryview.PyBufFlags.PyBUF_WRITABLE;
import static org.mview.language.memoryview.PyBufFlags.PyBUF_WRITE;

import org.mview.language.Messages;
import java.lang.foreign.MemorySegment;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.ByteArrayStorage;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.buffer.SegmentStorage;
import org.mview.language.buffer.Storage;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.CallerLocation;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.runtime.buffers.Exporters;

/**
 * The seed's C-API ({@code PyMemoryView_*}) with CPython's semantics, plus {@code PyObject_GetBuffer}
 * and {@code PyBuffer_Release} so that guest code can hold exports. Pointers are modelled as objects
 * that own memory (with an {@code offset}), or as raw addresses where the embedder allowed native
 * access.
 */
public final class CApi {

    private CApi() {
    }

    /** {@code PyMemoryView_Check(op)}. */
    public static boolean check(Object op) {
        return op instanceof MemoryView;
    }

    /** {@code PyMemoryView_GET_BUFFER(op)}: the view's live descriptor. */
    @TruffleBoundary
    public static PyBuffer getBuffer(Object op) {
        return new PyBuffer(asView(op).descriptor(), null, null, null);
    }

    /** {@code PyMemoryView_GET_BASE(op)}: the exporter, or None. */
    @TruffleBoundary
    public static Object getBase(Object op) {
        Object obj = asView(op).obj();
        return obj == null ? PNone.INSTANCE : obj;
    }

    /**
     * mview's extension for Java embedders: the memory of a C-contiguous view as a host
     * {@link MemorySegment} over the same bytes (its {@code nbytes} from the first item), read-only
     * when the view is. Only views over Java memory ({@code byte[]}, segments, NIO buffers, mview's own
     * bytes objects) qualify; a foreign buffer's memory is not reachable from the host.
     */
    @TruffleBoundary
    public static Object asMemorySegment(Object op) {
        MemoryView mv = asView(op);
        mv.checkReleased();
        BufferDescriptor view = mv.descriptor();
        if (!view.isCContiguous()) {
            throw PythonError.raise(PythonErrorType.BufferError, Messages.NOT_C_CONTIGUOUS);
        }
        MemorySegment whole;
        if (view.storage() instanceof ByteArrayStorage bytes) {
            whole = MemorySegment.ofArray(bytes.bytes());
        } else if (view.storage() instanceof SegmentStorage segment) {
            whole = segment.segment();
        } else {
            throw PythonError.raise(PythonErrorType.BufferError, "memoryview: the memory of a foreign buffer cannot be handed to Java; read it through the view's buffer messages");
        }
        if (!Storage.inBounds(view.offset(), view.len(), whole.byteSize())) {
            throw Storage.outOfBounds();
        }
        MemorySegment segment = whole.asSlice(view.offset(), view.len());
        if (view.readonly() || !view.storage().isWritable()) {
            segment = segment.asReadOnly();
        }
        return MViewContext.get(null).getEnv().asGuestValue(segment);
    }

    private static MemoryView asView(Object op) {
        if (op instanceof MemoryView mv) {
            return mv;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "expected a memoryview, not '" + PyObjects.typeName(op) + "'");
    }

    /**
     * {@code PyMemoryView_FromMemory(mem, size, flags)}: a one-dimensional {@code 'B'} view of
     * {@code size} bytes with {@code obj} None, writable only for {@code PyBUF_WRITE}. {@code mem} is
     * bytes, a bytearray, a host {@code byte[]}, {@code ByteBuffer} or {@code MemorySegment}, or a raw
     * address (an int) where the embedder allowed native access.
     */
    @TruffleBoundary
    public static MemoryView fromMemory(Object mem, Object sizeArg, Object flagsArg, boolean nativeAccessAllowed) {
        long size = PyObjects.asSsize(sizeArg, PythonErrorType.OverflowError);
        long flags = PyObjects.asSsize(flagsArg, PythonErrorType.OverflowError);
        if (flags != PyBUF_READ && flags != PyBUF_WRITE) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): flags must be PyBUF_READ or PyBUF_WRITE");
        }
        if (size < 0) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): size must not be negative");
        }
        boolean writable = flags == PyBUF_WRITE;
        Storage storage;
        if (mem instanceof PNone) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): mem must not be NULL");
        } else if (PyObjects.isIndex(mem) && !(mem instanceof Boolean)) {
            storage = rawMemory(PyObjects.index(mem), size, writable, nativeAccessAllowed);
        } else if (mem instanceof PBytes b) {
            storage = new ByteArrayStorage(b.bytes(), false);
        } else if (mem instanceof PByteArray b) {
            storage = new ByteArrayStorage(b.bytes(), true);
        } else {
            ManagedBuffer mbuf = Exporters.tryAcquire(mem);
            if (mbuf == null || mbuf.master().ndim() != 1 || !mbuf.master().isCContiguous()) {
                throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromMemory(): mem must be a pointer (an int), bytes, bytearray, byte[], ByteBuffer or MemorySegment, not '" + PyObjects.typeName(mem) + "'");
            }
            storage = mbuf.master().storage();
            if (mbuf.master().offset() != 0 || mbuf.master().len() != storage.byteSize()) {
                storage = null;
            }
            if (storage == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "PyMemoryView_FromMemory(): mem must start at the beginning of its memory");
            }
        }
        if (size > storage.byteSize()) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): size " + size + " exceeds the " + storage.byteSize() + " bytes of mem");
        }
        if (writable && !storage.isWritable()) {
            throw PythonError.raise(PythonErrorType.BufferError, "PyMemoryView_FromMemory(): mem is read-only; PyBUF_WRITE needs writable memory");
        }
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(BufferDescriptor.bytes(null, storage, 0, size, !writable), null));
    }

    private static Storage rawMemory(Object address, long size, boolean writable, boolean nativeAccessAllowed) {
        if (!nativeAccessAllowed) {
            throw PythonError.raise(PythonErrorType.ValueError,
                            "PyMemoryView_FromMemory(): raw memory addresses need native access, which the embedder has not allowed (Context.Builder.allowNativeAccess)");
        }
        // Addresses are unsigned machine words: 0, negatives (above 2**63) and ranges that wrap around
        // the address space are refused before any segment exists.
        if (!(address instanceof Long a) || a <= 0 || a > Long.MAX_VALUE - size) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): invalid address " + address);
        }
        try {
            MemorySegment segment = MemorySegment.ofAddress(a).reinterpret(size);
            return new SegmentStorage(segment, writable);
        } catch (IllegalArgumentException | IllegalCallerException e) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_FromMemory(): invalid address " + address + " for " + size + " bytes");
        }
    }

    /** {@code PyMemoryView_FromBuffer(info)}: a view with {@code obj} None over the memory {@code info} describes. */
    @TruffleBoundary
    public static MemoryView fromBuffer(Object info) {
        BufferDescriptor d;
        if (info instanceof PyBuffer pb) {
            d = pb.descriptor();
            d = new BufferDescriptor(null, d.storage(), d.offset(), d.len(), d.itemsize(), d.readonly(), d.format(), d.kind(), d.shape(), d.strides(), d.suboffsets());
        } else {
            d = PyBufferSpec.describe(PyBufferSpec.readForeignInfo(info));
        }
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(d, null));
    }

    /**
     * {@code PyMemoryView_GetContiguous(obj, buffertype, order)}: the view itself when it is already
     * contiguous in {@code order}, otherwise a read-only, shape-keeping copy.
     */
    @TruffleBoundary
    public static MemoryView getContiguous(Object obj, Object buffertypeArg, Object orderArg) {
        long buffertype = PyObjects.asSsize(buffertypeArg, PythonErrorType.OverflowError);
        if (buffertype != PyBUF_READ && buffertype != PyBUF_WRITE) {
            throw PythonError.raise(PythonErrorType.ValueError, "PyMemoryView_GetContiguous(): buffertype must be PyBUF_READ or PyBUF_WRITE");
        }
        char order = orderChar(orderArg);
        MemoryView mv = ViewFactory.fromObject(obj);
        BufferDescriptor v = mv.descriptor();
        if (buffertype == PyBUF_WRITE && v.readonly()) {
            mv.release();
            throw PythonError.raise(PythonErrorType.BufferError, "underlying buffer is not writable");
        }
        if (v.isContiguous(order)) {
            return mv;
        }
        if (buffertype == PyBUF_WRITE) {
            mv.release();
            throw PythonError.raise(PythonErrorType.BufferError, "writable contiguous buffer requested for a non-contiguous object.");
        }
        char copyOrder = order == 'F' ? 'F' : 'C';
        byte[] bytes = org.mview.language.nodes.copy.CopyToContiguousNode.getUncached().execute(v, copyOrder);
        mv.release();
        PBytes owner = new PBytes(bytes);
        long[] strides = copyOrder == 'F' ? BufferDescriptor.fortranStrides(v.shape(), v.itemsize()) : BufferDescriptor.cStrides(v.shape(), v.itemsize());
        BufferDescriptor copy = new BufferDescriptor(owner, new ByteArrayStorage(bytes, false), 0, v.len(), v.itemsize(), true, v.format(), v.kind(), v.shape().clone(),
                        strides, null);
        return ViewFactory.fromManagedBuffer(new ManagedBuffer(copy, null));
    }

    private static char orderChar(Object order) {
        if (order instanceof String s) {
            return MemoryViewMethods.orderOf(s);
        }
        throw PythonError.raise(PythonErrorType.ValueError, Messages.ORDER);
    }

    /**
     * {@code PyObject_GetBuffer(obj, flags)}: an export, with the request checks of
     * {@code memory_getbuf} when {@code obj} is a view. It counts against {@code release()} of that
     * view until {@link #releaseBufferExport}.
     */
    @TruffleBoundary
    public static PyBuffer getBufferExport(Object obj, Object flagsArg) {
        long flags = PyObjects.asSsize(flagsArg, PythonErrorType.OverflowError);
        if (obj instanceof MemoryView mv) {
            mv.checkExportRequest(flags);
            mv.addExport();
            PyBuffer export = new PyBuffer(mv.descriptor(), null, mv, null, flags);
            if (MemoryViewOps.extensions()) {
                mv.exportOpened(export.exportToken(), CallerLocation.capture());
            }
            return export;
        }
        ManagedBuffer mbuf = Exporters.acquire(obj);
        BufferDescriptor v = mbuf.master();
        if ((flags & PyBUF_WRITABLE) != 0 && v.readonly()) {
            throw PythonError.raise(PythonErrorType.BufferError, "Object is not writable.");
        }
        mbuf.registerView();
        return new PyBuffer(v, null, null, mbuf, flags);
    }

    /** {@code PyBuffer_Release(view)}. */
    @TruffleBoundary
    public static Object releaseBufferExport(Object view) {
        if (!(view instanceof PyBuffer pb)) {
            throw PythonError.raise(PythonErrorType.TypeError, "PyBuffer_Release() argument must be a Py_buffer, not '" + PyObjects.typeName(view) + "'");
        }
        pb.release();
        return PNone.INSTANCE;
    }

    /** The context, for callers that need the embedder's permissions. */
    static boolean nativeAccessAllowed() {
        MViewContext context = MViewContext.get(null);
        return context != null && context.isNativeAccessAllowed();
    }
}
