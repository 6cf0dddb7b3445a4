package org.mview.language.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.buffer.BufferView;
import org.mview.language.objects.function.BuiltinTable;
import org.mview.language.objects.function.PBuiltinFunction;
import org.mview.language.objects.type.PType;
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;

/**
 * The generic Python object protocol over mview's value model: {@code len}, iteration, subscripts,
 * attributes, calls, comparisons, {@code in}, {@code hash}, truth. Slow paths: the AST nodes call these
 * behind their fast specializations.
 */
public final class PyOps {

    private PyOps() {
    }

    // ---- len / truth ------------------------------------------------------------------------

    @TruffleBoundary
    public static long length(Object obj) {
        if (obj instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (obj instanceof Sized s) {
            return s.pythonLength();
        }
        InteropLibrary lib = InteropLibrary.getUncached(obj);
        if (isForeign(obj) && lib.hasArrayElements(obj)) {
            try {
                return lib.getArraySize(obj);
            } catch (UnsupportedMessageException e) {
                // fall through
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError, "object of type '" + PyObjects.typeName(obj) + "' has no len()");
    }

    @TruffleBoundary
    public static boolean isTrue(Object obj) {
        if (obj instanceof Sized sized) {
            return sized.pythonLength() != 0;
        } else if (obj instanceof String s) {
            return !s.isEmpty();
        }
        return PyObjects.isTrue(obj);
    }

    static boolean isForeign(Object obj) {
        return PyObjects.typeName(obj).equals("foreign");
    }

    // ---- iteration --------------------------------------------------------------------------

    /** {@code iter(obj)} as a Java iterator. */
    @TruffleBoundary
    public static Iterator<Object> iterate(Object obj) {
        if (obj instanceof PyIterable iterable) {
            return iterable.pythonIterator();
        } else if (obj instanceof String s) {
            return s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator();
        }
        if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            if (lib.hasArrayElements(obj)) {
                return new Iterator<>() {
                    long i;

                    public boolean hasNext() {
                        try {
                            return i < lib.getArraySize(obj);
                        } catch (UnsupportedMessageException e) {
                            return false;
                        }
                    }

                    public Object next() {
                        try {
                            return ForeignValues.toPython(lib.readArrayElement(obj, i++));
                        } catch (InteropException e) {
                            throw new NoSuchElementException();
                        }
                    }
                };
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(obj) + "' object is not iterable");
    }

    @TruffleBoundary
    public static List<Object> toList(Object obj) {
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = iterate(obj);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    @TruffleBoundary
    public static String iteratorTypeName(Object obj) {
        if (obj instanceof PyIterable iterable) {
            return iterable.iteratorTypeName();
        } else if (obj instanceof String) {
            return "str_ascii_iterator";
        }
        return PyObjects.typeName(obj) + "_iterator";
    }

    // ---- subscripts -------------------------------------------------------------------------

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof Subscriptable s) {
            return s.getItem(key);
        } else if (obj instanceof String str) {
            int[] cps = str.codePoints().toArray();
            if (PyObjects.isIndex(key)) {
                return new String(Character.toChars(cps[(int) Sequences.index(key, cps.length, "string index out of range")]));
            } else if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.of(s, cps.length);
                StringBuilder sb = new StringBuilder();
                for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                    sb.appendCodePoint(cps[(int) i]);
                }
                return sb.toString();
            }
            throw PythonError.raise(PythonErrorType.TypeError, "string indices must be integers, not '" + PyObjects.typeName(key) + "'");
        }
        if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            try {
                if (lib.hasArrayElements(obj) && PyObjects.isIndex(key)) {
                    long len = lib.getArraySize(obj);
                    return ForeignValues.toPython(lib.readArrayElement(obj, Sequences.index(key, len, "index out of range")));
                } else if (lib.hasHashEntries(obj)) {
                    return ForeignValues.toPython(lib.readHashValue(obj, key));
                } else if (lib.hasMembers(obj) && key instanceof String s) {
                    return ForeignValues.toPython(lib.readMember(obj, s));
                }
            } catch (InteropException e) {
                throw PythonError.raise(PythonErrorType.KeyError, PyRepr.repr(key));
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(obj) + "' object is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof ItemAssignable target) {
            target.setItem(key, value);
            return;
        }
        if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            try {
                if (lib.hasArrayElements(obj) && PyObjects.isIndex(key)) {
                    lib.writeArrayElement(obj, Sequences.index(key, lib.getArraySize(obj), "index out of range"), value);
                    return;
                } else if (lib.hasMembers(obj) && key instanceof String s) {
                    lib.writeMember(obj, s, value);
                    return;
                }
            } catch (InteropException e) {
                throw PythonError.raise(PythonErrorType.TypeError, "cannot assign to foreign object: " + e.getMessage());
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(obj) + "' object does not support item assignment");
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof ItemAssignable target) {
            target.delItem(key);
            return;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(obj) + "' object doesn't support item deletion");
    }

    // ---- attributes and calls --------------------------------------------------------------

    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        Object method = declaredMethod(obj, name);
        if (method != null) {
            return method;
        }
        if (obj instanceof PythonAttributes fields) {
            Object value = fields.pythonAttribute(name);
            if (value != null) {
                return value;
            }
            throw fields.noAttribute(name);
        } else if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            if (lib.isMemberReadable(obj, name)) {
                try {
                    return ForeignValues.toPython(lib.readMember(obj, name));
                } catch (InteropException e) {
                    // fall through
                }
            }
        }
        throw PythonError.raise(PythonErrorType.AttributeError, "'" + PyObjects.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** {@code obj.name} when the type of {@code obj} declares a method {@code name}, bound to {@code obj}. */
    private static Object declaredMethod(Object obj, String name) {
        PType type = MViewContext.get(null).getTypes().get(PyObjects.typeName(obj));
        BuiltinTable table = type.builtins();
        if (table == null) {
            return null;
        }
        // a class method read from an instance is bound to the instance's type (b'x'.fromhex)
        PBuiltinFunction classMethod = table.classMethod(name);
        return classMethod != null ? classMethod.bindTo(type) : table.bind(name, obj);
    }

    @TruffleBoundary
    public static Object call(Object callee, Object[] args, String[] keywordNames) {
        if (callee instanceof PCallable c) {
            return c.call(args, keywordNames);
        }
        if (isForeign(callee)) {
            InteropLibrary lib = InteropLibrary.getUncached(callee);
            if (lib.isExecutable(callee)) {
                if (keywordNames.length > 0) {
                    throw PythonError.raise(PythonErrorType.TypeError, "foreign functions take no keyword arguments");
                }
                try {
                    return ForeignValues.toPython(lib.execute(callee, args));
                } catch (InteropException e) {
                    throw PythonError.raise(PythonErrorType.TypeError, "cannot call foreign object: " + e.getMessage());
                }
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(callee) + "' object is not callable");
    }

    // ---- comparisons ------------------------------------------------------------------------

    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        Boolean own = richEquals(a, b);
        if (own != null) {
            return own;
        }
        if (isForeign(a) || isForeign(b)) {
            return a == b || a.equals(b);
        } else if (a instanceof PythonTyped || a instanceof PyEquatable || b instanceof PyEquatable) {
            return a == b;
        }
        return PyCompare.equal(a, b);
    }

    /** {@code a == b} as the operands' own {@code __eq__} answer it (left, then reflected), or null when neither does. */
    static Boolean richEquals(Object a, Object b) {
        if (a instanceof PyEquatable x) {
            Boolean r = x.pythonEquals(b);
            if (r != null) {
                return r;
            }
        }
        if (b instanceof PyEquatable y) {
            return y.pythonEquals(a);
        }
        return null;
    }

    /** {@code a < b} etc.; {@code op} is one of {@code < <= > >=}. */
    @TruffleBoundary
    public static boolean order(String op, Object a, Object b) {
        if (PyObjects.isNumber(a) && PyObjects.isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            return Sequences.ordered(op, compareNumbers(a, b));
        } else if (a instanceof String x && b instanceof String y) {
            return Sequences.ordered(op, compareStrings(x, y));
        }
        if (a instanceof PyOrderable x) {
            Boolean r = x.pythonOrder(op, b);
            if (r != null) {
                return r;
            }
        }
        if (b instanceof PyOrderable y) {
            Boolean r = y.pythonOrder(Sequences.reflected(op), a);
            if (r != null) {
                return r;
            }
        }
        throw PythonError.raise(PythonErrorType.TypeError,
                        "'" + op + "' not supported between instances of '" + PyObjects.typeName(a) + "' and '" + PyObjects.typeName(b) + "'");
    }

    private static boolean isNaN(Object o) {
        return o instanceof Double d && d.isNaN();
    }

    private static int compareStrings(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        return Arrays.compare(a, b);
    }

    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        boolean af = a instanceof Double || a instanceof Float;
        boolean bf = b instanceof Double || b instanceof Float;
        if (af && bf) {
            return Double.compare(((Number) a).doubleValue() + 0.0, ((Number) b).doubleValue() + 0.0);
        }
        if (!af && !bf) {
            return PyObjects.toBigInteger(PyObjects.index(a)).compareTo(PyObjects.toBigInteger(PyObjects.index(b)));
        }
        double d = ((Number) (af ? a : b)).doubleValue();
        BigDecimal other = new BigDecimal(PyObjects.toBigInteger(PyObjects.index(af ? b : a)));
        int c;
        if (Double.isInfinite(d)) {
            c = d > 0 ? 1 : -1;
        } else {
            c = new BigDecimal(d).compareTo(other);
        }
        return af ? c : -c;
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw PythonError.raise(PythonErrorType.TypeError, "'in <string>' requires string as left operand, not " + PyObjects.typeName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyContainer c) {
            return c.pythonContains(item);
        }
        Iterator<Object> it;
        try {
            it = iterate(container);
        } catch (PythonError e) {
            if (e.getType() == PythonErrorType.TypeError) {
                // _PySequence_IterSearch turns any TypeError of iter() into this one (0-dim views too).
                throw PythonError.raise(PythonErrorType.TypeError, "argument of type '" + PyObjects.typeName(container) + "' is not iterable");
            }
            throw e;
        }
        while (it.hasNext()) {
            Object x = it.next();
            if (x == item || equal(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a is b}. */
    @TruffleBoundary
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Long x && b instanceof Long y) {
            // CPython caches small ints; larger equal ints are usually distinct objects.
            return x.longValue() == y.longValue() && x >= -5 && x <= 256;
        }
        return false;
    }

    // ---- hash -------------------------------------------------------------------------------

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    @TruffleBoundary
    public static long hash(Object obj) {
        if (obj instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (PyObjects.isIndex(obj)) {
            return hashInt(PyObjects.index(obj));
        } else if (obj instanceof Double || obj instanceof Float) {
            return hashDouble(((Number) obj).doubleValue(), obj);
        } else if (obj instanceof String s) {
            long h = s.hashCode();
            return h == -1 ? -2 : h;
        } else if (obj instanceof PyHashable h) {
            return h.pythonHash();
        }
        return System.identityHashCode(obj);
    }

    private static long hashInt(Object index) {
        if (index instanceof Long l && l > -MODULUS && l < MODULUS) {
            return l == -1 ? -2 : l;
        }
        BigInteger b = PyObjects.toBigInteger(index);
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's {@code _Py_HashDouble}: NaN hashes by identity. */
    public static long hashDouble(double v, Object identity) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        } else if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashInt((long) v);
        }
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m in [0.5, 1), v = m * 2**e
        int e = Math.getExponent(m) + 1;
        if (Math.getExponent(m) == Double.MIN_EXPONENT - 1) {
            m *= 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
            m = Math.scalb(m, -(Math.getExponent(m) + 1));
        } else {
            m = Math.scalb(m, -e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
