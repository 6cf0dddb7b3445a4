package org.mview.language.builtins;

import org.mview.language.MViewContext;
import org.mview.language.memoryview.CApi;
import org.mview.language.memoryview.PyBufferSpec;
import org.mview.language.memoryview.ViewFactory;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The seed's C-API under its C names, each a node declared by its {@link Builtin} annotation (the
 * {@code PyBUF_*} constants are installed beside them by {@link Builtins}). Arguments bind as
 * CPython's argument clinic would for a function of that signature.
 */
final class CApiBuiltins {

    private CApiBuiltins() {
    }

    @Builtin(name = "PyMemoryView_FromObject")
    static final class FromObjectNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_FromObject", args, kw, new String[]{"obj"}, 1, 1);
            return ViewFactory.fromObject(a[0]);
        }
    }

    @Builtin(name = "PyMemoryView_FromMemory")
    static final class FromMemoryNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_FromMemory", args, kw, new String[]{"mem", "size", "flags"}, 3, 3);
            return CApi.fromMemory(a[0], a[1], a[2], MViewContext.get(this).isNativeAccessAllowed());
        }
    }

    @Builtin(name = "PyMemoryView_FromBuffer")
    static final class FromBufferNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_FromBuffer", args, kw, new String[]{"info"}, 1, 1);
            return CApi.fromBuffer(a[0]);
        }
    }

    @Builtin(name = "PyMemoryView_GetContiguous")
    static final class GetContiguousNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_GetContiguous", args, kw, new String[]{"obj", "buffertype", "order"}, 3, 3);
            return CApi.getContiguous(a[0], a[1], a[2]);
        }
    }

    @Builtin(name = "PyMemoryView_Check")
    static final class CheckNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_Check", args, kw, new String[]{"op"}, 1, 1);
            return CApi.check(a[0]);
        }
    }

    @Builtin(name = "PyMemoryView_GET_BUFFER")
    static final class GetBufferNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_GET_BUFFER", args, kw, new String[]{"op"}, 1, 1);
            return CApi.getBuffer(a[0]);
        }
    }

    @Builtin(name = "PyMemoryView_GET_BASE")
    static final class GetBaseNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_GET_BASE", args, kw, new String[]{"op"}, 1, 1);
            return CApi.getBase(a[0]);
        }
    }

    @Builtin(name = "PyMemoryView_AsMemorySegment")
    static final class AsMemorySegmentNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyMemoryView_AsMemorySegment", args, kw, new String[]{"op"}, 1, 1);
            return CApi.asMemorySegment(a[0]);
        }
    }

    @Builtin(name = "Py_buffer")
    static final class PyBufferNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("Py_buffer", args, kw, PyBufferSpec.PY_BUFFER_PARAMETERS, 1, 0);
            return PyBufferSpec.pyBuffer(a);
        }
    }

    @Builtin(name = "PyObject_GetBuffer")
    static final class GetBufferExportNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyObject_GetBuffer", args, kw, new String[]{"obj", "flags"}, 2, 2);
            return CApi.getBufferExport(a[0], a[1]);
        }
    }

    @Builtin(name = "PyBuffer_Release")
    static final class ReleaseNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("PyBuffer_Release", args, kw, new String[]{"view"}, 1, 1);
            return CApi.releaseBufferExport(a[0]);
        }
    }
}
