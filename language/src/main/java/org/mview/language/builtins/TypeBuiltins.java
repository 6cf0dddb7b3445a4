package org.mview.language.builtins;

import org.mview.language.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.BytesMethods;
import org.mview.language.runtime.PBuiltinFunction;
import org.mview.language.runtime.PByteArray;
import org.mview.language.runtime.PBytes;
import org.mview.language.runtime.PList;
import org.mview.language.runtime.PNone;
import org.mview.language.runtime.PRange;
import org.mview.language.runtime.PSlice;
import org.mview.language.runtime.PTuple;
import org.mview.language.runtime.PType;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;
import org.mview.language.runtime.TypeTable;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The builtin types: {@code int float bool str bytes bytearray list tuple range slice type memoryview} and the exception classes. */
public final class TypeBuiltins {

    private TypeBuiltins() {
    }

    /** {@code type(value)}. */
    @TruffleBoundary
    public static PType typeOf(Object value) {
        return MViewContext.get(null).getTypes().get(PyObjects.typeName(value));
    }

    private static void type(Map<String, Object> builtins, TypeTable types, String name, PBuiltinFunction.Body constructor) {
        PType t = new PType(name, constructor);
        types.register(t);
        builtins.put(name, t);
    }

    static void install(Map<String, Object> builtins, TypeTable types) {
        type(builtins, types, "int", TypeBuiltins::newInt);
        type(builtins, types, "float", (args, kw) -> {
            Object[] a = Arguments.bind("float", args, kw, new String[]{"x"}, 0, 1);
            return a[0] == null ? 0.0 : toFloat(a[0]);
        });
        type(builtins, types, "bool", (args, kw) -> {
            Object[] a = Arguments.bind("bool", args, kw, new String[]{"x"}, 0, 1);
            return a[0] != null && PyOps.isTrue(a[0]);
        });
        type(builtins, types, "str", (args, kw) -> {
            Object[] a = Arguments.bind("str", args, kw, new String[]{"object", "encoding", "errors"}, 0, 0);
            if (a[0] == null) {
                return "";
            }
            if (a[1] != null || a[2] != null) {
                byte[] b = PyArith.bufferBytes(a[0]);
                if (b == null) {
                    throw PythonError.raise(PythonErrorType.TypeError, "decoding to str: need a bytes-like object, " + PyObjects.typeName(a[0]) + " found");
                }
                return BytesMethods.decode(b, a[1] == null ? "utf-8" : a[1]);
            }
            return PyRepr.str(a[0]);
        });
        type(builtins, types, "bytes", (args, kw) -> new PBytes(newBytes("bytes", args, kw)));
        type(builtins, types, "bytearray", (args, kw) -> new PByteArray(newBytes("bytearray", args, kw)));
        type(builtins, types, "list", (args, kw) -> {
            Object[] a = Arguments.bind("list", args, kw, new String[]{"iterable"}, 0, 1);
            return a[0] == null ? new PList() : new PList(PyOps.toList(a[0]));
        });
        type(builtins, types, "tuple", (args, kw) -> {
            Object[] a = Arguments.bind("tuple", args, kw, new String[]{"iterable"}, 0, 1);
            return a[0] == null ? PTuple.EMPTY : a[0] instanceof PTuple ? a[0] : new PTuple(PyOps.toList(a[0]).toArray());
        });
        type(builtins, types, "range", (args, kw) -> {
            if (kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "range() takes no keyword arguments");
            }
            if (args.length == 0 || args.length > 3) {
                throw PythonError.raise(PythonErrorType.TypeError, args.length == 0 ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got " + args.length);
            }
            long[] v = new long[args.length];
            for (int i = 0; i < args.length; i++) {
                if (!PyObjects.isIndex(args[i])) {
                    throw PyObjects.notAnInteger(args[i]);
                }
                v[i] = PyObjects.asSsize(args[i], PythonErrorType.OverflowError);
            }
            if (args.length == 1) {
                return new PRange(0, v[0], 1);
            }
            long step = args.length == 3 ? v[2] : 1;
            if (step == 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "range() arg 3 must not be zero");
            }
            return new PRange(v[0], v[1], step);
        });
        type(builtins, types, "slice", (args, kw) -> {
            if (kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "slice() takes no keyword arguments");
            }
            if (args.length == 0 || args.length > 3) {
                throw PythonError.raise(PythonErrorType.TypeError, args.length == 0 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return new PSlice(PNone.INSTANCE, args[0], PNone.INSTANCE);
            }
            return new PSlice(args[0], args[1], args.length == 3 ? args[2] : PNone.INSTANCE);
        });
        type(builtins, types, "type", (args, kw) -> {
            if (args.length != 1 || kw.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, "type() takes 1 or 3 arguments");
            }
            return typeOf(args[0]);
        });
        Object memoryview = builtins.get("memoryview");
        if (memoryview instanceof PBuiltinFunction f) {
            type(builtins, types, "memoryview", f::call);
        }
        for (PythonErrorType e : PythonErrorType.values()) {
            PType t = new PType(e.name(), (args, kw) -> {
                if (kw.length > 0) {
                    throw PythonError.raise(PythonErrorType.TypeError, e.name() + "() takes no keyword arguments");
                }
                String msg = args.length == 0 ? "" : args.length == 1 ? PyRepr.str(args[0]) : PyRepr.repr(new PTuple(args));
                return PythonError.raise(e, msg);
            }, e);
            types.register(t);
            builtins.put(e.name(), t);
        }
    }

    @TruffleBoundary
    private static Object newInt(Object[] args, String[] kw) {
        Object[] a = Arguments.bind("int", args, kw, new String[]{"x", "base"}, 0, 1);
        if (a[0] == null) {
            if (a[1] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "int() missing string argument");
            }
            return 0L;
        }
        Object x = a[0];
        if (a[1] != null) {
            if (!(x instanceof String || x instanceof PBytes || x instanceof PByteArray)) {
                throw PythonError.raise(PythonErrorType.TypeError, "int() can't convert non-string with explicit base");
            }
            return parseInt(x, PyObjects.asSsize(a[1], PythonErrorType.OverflowError));
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (PyObjects.isIndex(x)) {
            return PyObjects.index(x);
        } else if (x instanceof Double d) {
            if (d.isNaN()) {
                throw PythonError.raise(PythonErrorType.ValueError, "cannot convert float NaN to integer");
            } else if (d.isInfinite()) {
                throw PythonError.raise(PythonErrorType.OverflowError, "cannot convert float infinity to integer");
            }
            return PyObjects.normalize(new BigDecimal(d).toBigInteger());
        } else if (x instanceof String || x instanceof PBytes || x instanceof PByteArray) {
            return parseInt(x, 10);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + PyObjects.typeName(x) + "'");
    }

    private static Object parseInt(Object x, long base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonError.raise(PythonErrorType.ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        String s = x instanceof String str ? str : new String(PyArith.bufferBytes(x), java.nio.charset.StandardCharsets.ISO_8859_1);
        PythonError bad = PythonError.raise(PythonErrorType.ValueError, "invalid literal for int() with base " + base + ": " + PyRepr.repr(x instanceof String ? s : x));
        String t = s.strip();
        boolean negative = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        int radix = (int) base;
        String lower = t.toLowerCase();
        if ((radix == 0 || radix == 16) && lower.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if ((radix == 0 || radix == 8) && lower.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if ((radix == 0 || radix == 2) && lower.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (radix == 0) {
            radix = 10;
            if (t.length() > 1 && t.chars().allMatch(c -> c == '0' || c == '_') == false && t.startsWith("0")) {
                throw bad;
            }
        } else {
            if (t.startsWith("_")) {
                throw bad;
            }
        }
        if (t.isEmpty() || t.endsWith("_") || t.contains("__")) {
            throw bad;
        }
        t = t.replace("_", "");
        if (t.isEmpty()) {
            throw bad;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), radix) < 0) {
                throw bad;
            }
        }
        BigInteger v = new BigInteger(t, radix);
        return PyObjects.normalize(negative ? v.negate() : v);
    }

    @TruffleBoundary
    static double toFloat(Object x) {
        if (x instanceof String s) {
            String t = s.strip().toLowerCase();
            String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
            boolean neg = t.startsWith("-");
            if (u.equals("inf") || u.equals("infinity")) {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (u.equals("nan")) {
                return Double.NaN;
            }
            if (t.matches("[+-]?((\\d(_?\\d)*)(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)(e[+-]?\\d(_?\\d)*)?")) {
                return Double.parseDouble(t.replace("_", ""));
            }
            throw PythonError.raise(PythonErrorType.ValueError, "could not convert string to float: " + PyRepr.repr(s));
        }
        if (x instanceof Double d) {
            return d;
        }
        if (PyObjects.isNumber(x)) {
            return PyObjects.asDouble(x);
        }
        throw PythonError.raise(PythonErrorType.TypeError, "float() argument must be a string or a real number, not '" + PyObjects.typeName(x) + "'");
    }

    @TruffleBoundary
    private static byte[] newBytes(String name, Object[] args, String[] kw) {
        Object[] a = Arguments.bind(name, args, kw, new String[]{"source", "encoding", "errors"}, 0, 0);
        Object src = a[0];
        if (src == null) {
            if (a[1] != null || a[2] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof String s) {
            if (a[1] == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "string argument without an encoding");
            }
            return BytesMethods.encode(s, a[1]);
        }
        if (a[1] != null) {
            throw PythonError.raise(PythonErrorType.TypeError, "encoding without a string argument");
        }
        if (a[2] != null) {
            throw PythonError.raise(PythonErrorType.TypeError, "errors without a string argument");
        }
        if (PyObjects.isIndex(src)) {
            long n = PyObjects.asSsize(src, PythonErrorType.OverflowError);
            if (n < 0) {
                throw PythonError.raise(PythonErrorType.ValueError, "negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw PythonError.raise(PythonErrorType.MemoryError, "");
            }
            return new byte[(int) n];
        }
        byte[] buffer = PyArith.bufferBytes(src);
        if (buffer != null) {
            return src instanceof PBytes ? buffer.clone() : buffer;
        }
        List<Object> items;
        try {
            items = PyOps.toList(src);
        } catch (PythonError e) {
            if (e.getType() == PythonErrorType.TypeError && e.getPythonMessage().endsWith("is not iterable")) {
                throw PythonError.raise(PythonErrorType.TypeError, "cannot convert '" + PyObjects.typeName(src) + "' object to " + name);
            }
            throw e;
        }
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = items.get(i);
            if (!PyObjects.isIndex(v)) {
                throw PyObjects.notAnInteger(v);
            }
            Object idx = PyObjects.index(v);
            if (!(idx instanceof Long l) || l < 0 || l > 255) {
                throw PythonError.raise(PythonErrorType.ValueError, name.equals("bytes") ? "bytes must be in range(0, 256)" : Messages.BYTE_RANGE);
            }
            out[i] = (byte) (long) l;
        }
        return out;
    }
}
