package org.mview.language.builtins;

import java.util.Map;

import org.mview.language.MViewContext;
import org.mview.language.memoryview.CApi;
import org.mview.language.memoryview.PyBufFlags;
import org.mview.language.memoryview.PyBufferSpec;
import org.mview.language.memoryview.ViewFactory;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PBuiltinFunction;

/** {@code memoryview} and the seed's C-API under its C names, with the {@code PyBUF_*} constants. */
final class MemoryViewBuiltins {

    private MemoryViewBuiltins() {
    }

    static void install(Map<String, Object> builtins, MViewContext context) {
        builtins.put("memoryview", new PBuiltinFunction("memoryview", (args, kw) -> {
            Object[] a = Arguments.bind("memoryview", args, kw, new String[]{"object"}, 1, 0);
            return ViewFactory.fromObject(a[0]);
        }));
        builtins.put("PyMemoryView_FromObject", new PBuiltinFunction("PyMemoryView_FromObject", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_FromObject", args, kw, new String[]{"obj"}, 1, 1);
            return ViewFactory.fromObject(a[0]);
        }));
        builtins.put("PyMemoryView_FromMemory", new PBuiltinFunction("PyMemoryView_FromMemory", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_FromMemory", args, kw, new String[]{"mem", "size", "flags"}, 3, 3);
            return CApi.fromMemory(a[0], a[1], a[2], context.isNativeAccessAllowed());
        }));
        builtins.put("PyMemoryView_FromBuffer", new PBuiltinFunction("PyMemoryView_FromBuffer", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_FromBuffer", args, kw, new String[]{"info"}, 1, 1);
            return CApi.fromBuffer(a[0]);
        }));
        builtins.put("PyMemoryView_GetContiguous", new PBuiltinFunction("PyMemoryView_GetContiguous", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_GetContiguous", args, kw, new String[]{"obj", "buffertype", "order"}, 3, 3);
            return CApi.getContiguous(a[0], a[1], a[2]);
        }));
        builtins.put("PyMemoryView_Check", new PBuiltinFunction("PyMemoryView_Check", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_Check", args, kw, new String[]{"op"}, 1, 1);
            return CApi.check(a[0]);
        }));
        builtins.put("PyMemoryView_GET_BUFFER", new PBuiltinFunction("PyMemoryView_GET_BUFFER", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_GET_BUFFER", args, kw, new String[]{"op"}, 1, 1);
            return CApi.getBuffer(a[0]);
        }));
        builtins.put("PyMemoryView_GET_BASE", new PBuiltinFunction("PyMemoryView_GET_BASE", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_GET_BASE", args, kw, new String[]{"op"}, 1, 1);
            return CApi.getBase(a[0]);
        }));
        builtins.put("PyMemoryView_AsMemorySegment", new PBuiltinFunction("PyMemoryView_AsMemorySegment", (args, kw) -> {
            Object[] a = Arguments.bind("PyMemoryView_AsMemorySegment", args, kw, new String[]{"op"}, 1, 1);
            return CApi.asMemorySegment(a[0]);
        }));
        builtins.put("Py_buffer", new PBuiltinFunction("Py_buffer", (args, kw) -> {
            Object[] a = Arguments.bind("Py_buffer", args, kw, PyBufferSpec.PY_BUFFER_PARAMETERS, 1, 0);
            return PyBufferSpec.pyBuffer(a);
        }));
        builtins.put("PyObject_GetBuffer", new PBuiltinFunction("PyObject_GetBuffer", (args, kw) -> {
            Object[] a = Arguments.bind("PyObject_GetBuffer", args, kw, new String[]{"obj", "flags"}, 2, 2);
            return CApi.getBufferExport(a[0], a[1]);
        }));
        builtins.put("PyBuffer_Release", new PBuiltinFunction("PyBuffer_Release", (args, kw) -> {
            Object[] a = Arguments.bind("PyBuffer_Release", args, kw, new String[]{"view"}, 1, 1);
            return CApi.releaseBufferExport(a[0]);
        }));
        for (Map.Entry<String, Long> constant : PyBufFlags.CONSTANTS.entrySet()) {
            builtins.put(constant.getKey(), constant.getValue());
        }
    }
}
