package org.mview.language.builtins;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mview.language.MViewContext;
import org.mview.language.PythonErrorType;
import org.mview.language.memoryview.MemoryViewBuiltins;
import org.mview.language.memoryview.PyBufFlags;
import org.mview.language.objects.bytes.ByteArrayBuiltins;
import org.mview.language.objects.bytes.BytesBuiltins;
import org.mview.language.objects.complex.ComplexBuiltins;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.exception.ExceptionBuiltins;
import org.mview.language.objects.floats.FloatBuiltins;
import org.mview.language.objects.function.BuiltinRegistry;
import org.mview.language.objects.function.BuiltinTable;
import org.mview.language.objects.ints.BoolBuiltins;
import org.mview.language.objects.ints.IntBuiltins;
import org.mview.language.objects.list.ListBuiltins;
import org.mview.language.objects.range.RangeBuiltins;
import org.mview.language.objects.slice.SliceBuiltins;
import org.mview.language.objects.str.StrBuiltins;
import org.mview.language.objects.tuple.TupleBuiltins;
import org.mview.language.objects.type.PType;
import org.mview.language.objects.type.TypeBuiltins;
import org.mview.language.objects.type.TypeTable;

/**
 * A context's builtin scope, made from the declarations: the free-function families, the types (each
 * from its home's {@code <Type>Builtins}, named by its constructor), the exception classes, the
 * {@code PyBUF_*} constants and {@code Ellipsis}.
 */
public final class Builtins {

    /** The families of free functions. */
    private static final List<Class<?>> FUNCTIONS = List.of(CApiBuiltins.class, CoreBuiltins.class);

    /** The types that have a constructor; each family declares one. */
    private static final List<Class<?>> TYPES = List.of(MemoryViewBuiltins.class, IntBuiltins.class, FloatBuiltins.class, BoolBuiltins.class, StrBuiltins.class,
                    BytesBuiltins.class, ByteArrayBuiltins.class, ListBuiltins.class, TupleBuiltins.class, RangeBuiltins.class, SliceBuiltins.class, TypeBuiltins.class, ComplexBuiltins.class);

    private Builtins() {
    }

    public static Map<String, Object> create(MViewContext context, BuiltinRegistry registry) {
        Map<String, Object> builtins = new LinkedHashMap<>();
        TypeTable types = context.getTypes();
        for (Class<?> family : TYPES) {
            BuiltinTable table = registry.table(family);
            PType type = new PType(table.constructor().name(), table, null);
            types.register(type);
            builtins.put(type.name(), type);
        }
        BuiltinTable exceptions = registry.table(ExceptionBuiltins.class);
        for (PythonErrorType e : PythonErrorType.values()) {
            PType type = new PType(e.name(), exceptions, e);
            types.register(type);
            builtins.put(e.name(), type);
        }
        for (Class<?> family : FUNCTIONS) {
            builtins.putAll(registry.table(family).functions());
        }
        builtins.putAll(PyBufFlags.CONSTANTS);
        builtins.put("Ellipsis", PEllipsis.INSTANCE);
        return builtins;
    }
}
