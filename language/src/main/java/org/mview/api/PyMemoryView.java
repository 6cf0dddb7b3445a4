package org.mview.api;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The seed's C-API for Java embedders: CPython's {@code PyMemoryView_*} functions over the polyglot
 * API. Each call runs in the given context's {@code mview} language (initialising it on first use)
 * and returns a view as a {@link Value}, which has buffer, array and member messages
 * ({@code docs/interop.md}). The same functions are builtins of the language under their C names.
 *
 * <pre>{@code
 * try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
 *     byte[] data = new byte[16];
 *     Value view = PyMemoryView.fromMemory(context, data, 16, PyMemoryView.PyBUF_WRITE);
 *     view.invokeMember("cast", "i").setArrayElement(0, 42); // data[0..3] now holds 42
 * }
 * }</pre>
 */
public final class PyMemoryView {

    /** {@code PyBUF_READ}: a read-only view. */
    public static final int PyBUF_READ = 0x100;
    /** {@code PyBUF_WRITE}: a writable view. */
    public static final int PyBUF_WRITE = 0x200;

    private PyMemoryView() {
    }

    private static Value builtin(Context context, String name) {
        return context.getBindings("mview").getMember(name);
    }

    /**
     * {@code PyMemoryView_FromObject(obj)}: a view of any object that exports a buffer.
     *
     * @param context the context whose {@code mview} language makes the view
     * @param obj a buffer: mview bytes, bytearray or memoryview, a Java array, NIO buffer or memory
     *            segment, or a foreign buffer (a JS typed array, a GraalPy bytes-like object)
     * @return the new view
     */
    public static Value fromObject(Context context, Object obj) {
        return builtin(context, "PyMemoryView_FromObject").execute(obj);
    }

    /**
     * {@code PyMemoryView_FromMemory(mem, size, flags)}: a one-dimensional {@code 'B'} view of the first
     * {@code size} bytes of {@code mem} (a {@code byte[]}, {@code ByteBuffer}, {@code MemorySegment},
     * mview {@code bytes}/{@code bytearray}, or a raw address where the context allows native access),
     * writable for {@link #PyBUF_WRITE}; its {@code obj} is None.
     *
     * @param context the context whose {@code mview} language makes the view
     * @param mem the memory
     * @param size how many bytes from its start the view covers
     * @param flags {@link #PyBUF_READ} or {@link #PyBUF_WRITE}
     * @return the new view
     */
    public static Value fromMemory(Context context, Object mem, long size, int flags) {
        return builtin(context, "PyMemoryView_FromMemory").execute(mem, size, flags);
    }

    /**
     * {@code PyMemoryView_FromBuffer(info)}: a view of what a {@code Py_buffer} describes; {@code obj} is None.
     *
     * @param context the context whose {@code mview} language makes the view
     * @param info a {@code Py_buffer} made by the language's {@code Py_buffer(...)} builtin
     * @return the new view
     */
    public static Value fromBuffer(Context context, Object info) {
        return builtin(context, "PyMemoryView_FromBuffer").execute(info);
    }

    /**
     * {@code PyMemoryView_GetContiguous(obj, buffertype, order)}: the view itself when contiguous in
     * {@code order} ('C', 'F' or 'A'), else a read-only copy with the same shape.
     *
     * @param context the context whose {@code mview} language makes the view
     * @param obj a buffer, as for {@link #fromObject}
     * @param buffertype {@link #PyBUF_READ} or {@link #PyBUF_WRITE}
     * @param order 'C', 'F' or 'A'
     * @return the view or the copy
     */
    public static Value getContiguous(Context context, Object obj, int buffertype, char order) {
        return builtin(context, "PyMemoryView_GetContiguous").execute(obj, buffertype, String.valueOf(order));
    }

    /**
     * {@code PyMemoryView_Check(op)}: whether {@code op} is an mview memoryview.
     *
     * @param op any value
     * @return true for an mview memoryview
     */
    public static boolean check(Value op) {
        Value meta = op.getMetaObject();
        return meta != null && "memoryview".equals(meta.getMetaQualifiedName()) && builtin(op.getContext(), "PyMemoryView_Check").execute(op).asBoolean();
    }

    /**
     * {@code PyMemoryView_GET_BUFFER(op)}: the view's {@code Py_buffer}, whose members describe its geometry.
     *
     * @param op a view
     * @return its {@code Py_buffer}
     */
    public static Value getBuffer(Value op) {
        return builtin(op.getContext(), "PyMemoryView_GET_BUFFER").execute(op);
    }

    /**
     * {@code PyMemoryView_GET_BASE(op)}: the exporter, or a null value for FromMemory and FromBuffer views.
     *
     * @param op a view
     * @return its exporter, or a null value
     */
    public static Value getBase(Value op) {
        return builtin(op.getContext(), "PyMemoryView_GET_BASE").execute(op);
    }

    /**
     * The memory of a C-contiguous view as a {@link MemorySegment} over the same bytes (no copy): its
     * {@code nbytes} bytes from the first item, read-only when the view is read-only. Views over Java
     * memory only ({@code byte[]}, segments, NIO buffers, mview bytes objects); a view that is not
     * C-contiguous or is over a foreign (JS, Python) buffer raises {@code BufferError}. The segment
     * has the lifetime of the memory, not of the view: releasing the view does not invalidate it.
     *
     * @param view a C-contiguous view over Java memory
     * @return a segment over the view's bytes
     */
    public static MemorySegment asMemorySegment(Value view) {
        return builtin(view.getContext(), "PyMemoryView_AsMemorySegment").execute(view).asHostObject();
    }

    /**
     * {@link #asMemorySegment} as a {@link ByteBuffer} in native byte order (read-only for a read-only
     * view), for views of at most 2 GiB - 1 bytes.
     *
     * @param view a C-contiguous view over Java memory
     * @return a buffer over the view's bytes
     */
    public static ByteBuffer asByteBuffer(Value view) {
        return asMemorySegment(view).asByteBuffer().order(ByteOrder.nativeOrder());
    }
}
