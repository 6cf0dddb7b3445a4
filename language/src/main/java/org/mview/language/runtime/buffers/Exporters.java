package org.mview.language.runtime.buffers;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferExporter;
import org.mview.language.buffer.BufferView;
import org.mview.language.buffer.ManagedBuffer;
import org.mview.language.runtime.CallerLocation;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

/**
 * {@code PyObject_GetBuffer(obj, PyBUF_FULL_RO)} for everything mview can view: the language's own
 * exporters, Java host arrays, NIO buffers and memory segments, and any foreign object with interop
 * buffer elements. Each call is one acquisition: a new {@link ManagedBuffer}. The exporter families
 * live beside it: {@link HostBuffers} (Java), {@link ForeignBuffers} (JS typed arrays and
 * DataViews, GraalPy memoryviews and arrays, any interop buffer).
 */
public final class Exporters {

    private Exporters() {
    }

    /** A new managed buffer over {@code obj}, or null when {@code obj} exports no buffer. */
    @TruffleBoundary
    public static ManagedBuffer tryAcquire(Object obj) {
        if (obj instanceof BufferView view) {
            return new ManagedBuffer(view.viewDescriptor(), null);
        }
        MViewContext context = MViewContext.get(null);
        if (obj instanceof BufferExporter exporter) {
            // with the option, the export remembers where it was acquired (docs/extensions.md)
            String site = context != null && context.extensions() ? CallerLocation.capture() : null;
            return new ManagedBuffer(exporter.acquireBuffer(), exporter, site);
        }
        Env env = context == null ? null : context.getEnv();
        if (env != null && env.isHostObject(obj)) {
            BufferDescriptor host = HostBuffers.describe(obj, env.asHostObject(obj));
            if (host != null) {
                return new ManagedBuffer(host, null);
            }
        }
        BufferDescriptor foreign = ForeignBuffers.describe(obj);
        if (foreign != null) {
            return new ManagedBuffer(foreign, null);
        }
        return null;
    }

    /** Like {@link #tryAcquire} but raises CPython's TypeError for a non-buffer. */
    @TruffleBoundary
    public static ManagedBuffer acquire(Object obj) {
        ManagedBuffer mbuf = tryAcquire(obj);
        if (mbuf == null) {
            throw notABuffer(obj);
        }
        return mbuf;
    }

    @TruffleBoundary
    public static PythonError notABuffer(Object obj) {
        return PythonError.raise(PythonErrorType.TypeError, "memoryview: a bytes-like object is required, not '" + PyObjects.typeName(obj) + "'");
    }

}
