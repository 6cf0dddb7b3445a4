package org.mview.language.runtime;

import org.mview.language.Messages;
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
import org.mview.language.PythonErrorType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.mview.language.objects.bytes.BytesMethods;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.function.PBuiltinFunction;
import org.mview.language.objects.function.PFunction;
import org.mview.language.objects.iterator.PIterator;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.range.PRange;
import org.mview.language.objects.slice.PSlice;
import org.mview.language.objects.slice.SliceIndices;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.objects.type.PType;

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
        } else if (obj instanceof PList l) {
            return l.size();
        } else if (obj instanceof PTuple t) {
            return t.size();
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
        if (obj instanceof PList l) {
            return l.items().iterator();
        } else if (obj instanceof PTuple t) {
            return Arrays.asList(t.items()).iterator();
        } else if (obj instanceof String s) {
            return s.codePoints().mapToObj(c -> (Object) new String(Character.toChars(c))).iterator();
        } else if (obj instanceof PBytes b) {
            return bytesIterator(b.bytes());
        } else if (obj instanceof PByteArray b) {
            return bytesIterator(b.bytes());
        } else if (obj instanceof PRange r) {
            return new Iterator<>() {
                long i;

                public boolean hasNext() {
                    return i < r.length();
                }

                public Object next() {
                    return r.get(i++);
                }
            };
        } else if (obj instanceof PyIterable iterable) {
            return iterable.pythonIterator();
        } else if (obj instanceof PIterator it) {
            return it.items();
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

    private static Iterator<Object> bytesIterator(byte[] bytes) {
        return new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < bytes.length;
            }

            public Object next() {
                return (long) (bytes[i++] & 0xFF);
            }
        };
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
        } else if (obj instanceof PBytes) {
            return "bytes_iterator";
        } else if (obj instanceof PByteArray) {
            return "bytearray_iterator";
        } else if (obj instanceof PRange) {
            return "range_iterator";
        }
        return PyObjects.typeName(obj) + "_iterator";
    }

    // ---- subscripts -------------------------------------------------------------------------

    private static long seqIndex(Object key, long len, String what) {
        long i = PyObjects.asSsize(key, PythonErrorType.IndexError);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PythonError.raise(PythonErrorType.IndexError, what);
        }
        return i;
    }

    private static PythonError badIndex(String prefix, Object key) {
        return PythonError.raise(PythonErrorType.TypeError, prefix + " indices must be integers or slices, not " + PyObjects.typeName(key));
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof Subscriptable s) {
            return s.getItem(key);
        } else if (obj instanceof PList l) {
            if (PyObjects.isIndex(key)) {
                return l.get((int) seqIndex(key, l.size(), "list index out of range"));
            } else if (key instanceof PSlice s) {
                return new PList(Arrays.asList(sliceArray(l.items().toArray(), s)));
            }
            throw badIndex("list", key);
        } else if (obj instanceof PTuple t) {
            if (PyObjects.isIndex(key)) {
                return t.get((int) seqIndex(key, t.size(), "tuple index out of range"));
            } else if (key instanceof PSlice s) {
                return new PTuple(sliceArray(t.items(), s));
            }
            throw badIndex("tuple", key);
        } else if (obj instanceof String str) {
            int[] cps = str.codePoints().toArray();
            if (PyObjects.isIndex(key)) {
                return new String(Character.toChars(cps[(int) seqIndex(key, cps.length, "string index out of range")]));
            } else if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.of(s, cps.length);
                StringBuilder sb = new StringBuilder();
                for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                    sb.appendCodePoint(cps[(int) i]);
                }
                return sb.toString();
            }
            throw PythonError.raise(PythonErrorType.TypeError, "string indices must be integers, not '" + PyObjects.typeName(key) + "'");
        } else if (obj instanceof PBytes || obj instanceof PByteArray) {
            boolean isBytes = obj instanceof PBytes;
            byte[] b = isBytes ? ((PBytes) obj).bytes() : ((PByteArray) obj).bytes();
            if (PyObjects.isIndex(key)) {
                return (long) (b[(int) seqIndex(key, b.length, isBytes ? "index out of range" : Messages.BYTEARRAY_INDEX)] & 0xFF);
            } else if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.of(s, b.length);
                byte[] out = new byte[(int) si.length()];
                for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                    out[(int) k] = b[(int) i];
                }
                return isBytes ? new PBytes(out) : new PByteArray(out);
            }
            throw badIndex(isBytes ? "byte" : "bytearray", key);
        } else if (obj instanceof PRange r) {
            if (PyObjects.isIndex(key)) {
                return r.get(seqIndex(key, r.length(), "range object index out of range"));
            } else if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.of(s, r.length());
                long start = r.get(si.start());
                long step = r.step() * si.step();
                return new PRange(start, start + si.length() * step, step);
            }
            throw badIndex("range", key);
        } else if (obj instanceof PType t && t.name().equals("memoryview")) {
            return new PType("types.GenericAlias");
        }
        if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            try {
                if (lib.hasArrayElements(obj) && PyObjects.isIndex(key)) {
                    long len = lib.getArraySize(obj);
                    return ForeignValues.toPython(lib.readArrayElement(obj, seqIndex(key, len, "index out of range")));
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

    private static Object[] sliceArray(Object[] items, PSlice s) {
        SliceIndices si = SliceIndices.of(s, items.length);
        Object[] out = new Object[(int) si.length()];
        for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
            out[(int) k] = items[(int) i];
        }
        return out;
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof ItemAssignable target) {
            target.setItem(key, value);
            return;
        } else if (obj instanceof PList l) {
            if (PyObjects.isIndex(key)) {
                l.items().set((int) seqIndex(key, l.size(), Messages.LIST_ASSIGNMENT_INDEX), value);
                return;
            } else if (key instanceof PSlice s) {
                List<Object> items = l.items();
                List<Object> repl = toList(value);
                SliceIndices si = SliceIndices.of(s, items.size());
                if (si.step() == 1) {
                    int start = (int) si.start();
                    int stop = (int) Math.max(si.start(), si.stop());
                    items.subList(start, stop).clear();
                    items.addAll(start, repl);
                    return;
                }
                if (repl.size() != si.length()) {
                    throw PythonError.raise(PythonErrorType.ValueError,
                                    "attempt to assign sequence of size " + repl.size() + " to extended slice of size " + si.length());
                }
                for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                    items.set((int) i, repl.get((int) k));
                }
                return;
            }
            throw badIndex("list", key);
        } else if (obj instanceof PByteArray ba) {
            byte[] b = ba.bytes();
            if (PyObjects.isIndex(key)) {
                int i = (int) seqIndex(key, b.length, Messages.BYTEARRAY_INDEX);
                b[i] = BytesMethods.byteValue(value);
                return;
            } else if (key instanceof PSlice s) {
                byte[] repl;
                if (PyObjects.isIndex(value)) {
                    throw PythonError.raise(PythonErrorType.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                repl = PyArith.bufferBytes(value);
                if (repl == null) {
                    if (value instanceof String) {
                        throw PythonError.raise(PythonErrorType.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                    }
                    List<Object> items = toList(value);
                    repl = new byte[items.size()];
                    for (int k = 0; k < repl.length; k++) {
                        repl[k] = BytesMethods.byteValue(items.get(k));
                    }
                }
                SliceIndices si = SliceIndices.of(s, b.length);
                if (si.step() == 1) {
                    int start = (int) si.start();
                    int stop = (int) Math.max(si.start(), si.stop());
                    if (stop - start == repl.length) {
                        System.arraycopy(repl, 0, b, start, repl.length);
                        return;
                    }
                    byte[] out = new byte[b.length - (stop - start) + repl.length];
                    System.arraycopy(b, 0, out, 0, start);
                    System.arraycopy(repl, 0, out, start, repl.length);
                    System.arraycopy(b, stop, out, start + repl.length, b.length - stop);
                    ba.resize(out);
                    return;
                }
                if (repl.length != si.length()) {
                    throw PythonError.raise(PythonErrorType.ValueError,
                                    "attempt to assign bytes of size " + repl.length + " to extended slice of size " + si.length());
                }
                for (long k = 0, i = si.start(); k < si.length(); k++, i += si.step()) {
                    b[(int) i] = repl[(int) k];
                }
                return;
            }
            throw badIndex("bytearray", key);
        }
        if (isForeign(obj)) {
            InteropLibrary lib = InteropLibrary.getUncached(obj);
            try {
                if (lib.hasArrayElements(obj) && PyObjects.isIndex(key)) {
                    lib.writeArrayElement(obj, seqIndex(key, lib.getArraySize(obj), "index out of range"), value);
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
        } else if (obj instanceof PList l) {
            if (PyObjects.isIndex(key)) {
                l.items().remove((int) seqIndex(key, l.size(), Messages.LIST_ASSIGNMENT_INDEX));
                return;
            } else if (key instanceof PSlice s) {
                SliceIndices si = SliceIndices.of(s, l.size());
                List<Object> kept = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    if (!inSlice(si, i)) {
                        kept.add(l.get(i));
                    }
                }
                l.items().clear();
                l.items().addAll(kept);
                return;
            }
            throw badIndex("list", key);
        } else if (obj instanceof PByteArray ba) {
            byte[] b = ba.bytes();
            SliceIndices si;
            if (PyObjects.isIndex(key)) {
                long i = seqIndex(key, b.length, Messages.BYTEARRAY_INDEX);
                si = new SliceIndices(i, i + 1, 1, 1);
            } else if (key instanceof PSlice s) {
                si = SliceIndices.of(s, b.length);
            } else {
                throw badIndex("bytearray", key);
            }
            byte[] out = new byte[b.length - (int) si.length()];
            for (int i = 0, k = 0; i < b.length; i++) {
                if (!inSlice(si, i)) {
                    out[k++] = b[i];
                }
            }
            ba.resize(out);
            return;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(obj) + "' object doesn't support item deletion");
    }

    private static boolean inSlice(SliceIndices si, long i) {
        if (si.length() == 0) {
            return false;
        }
        long d = i - si.start();
        if (d % si.step() != 0) {
            return false;
        }
        long k = d / si.step();
        return k >= 0 && k < si.length();
    }

    // ---- attributes and calls --------------------------------------------------------------

    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        if (obj instanceof PType t) {
            if (name.equals("__name__") || name.equals("__qualname__")) {
                return t.name();
            }
            Object method = t.builtins() == null ? null : t.builtins().classMethod(name);
            if (method != null) {
                return method;
            }
            throw PythonError.raise(PythonErrorType.AttributeError, "type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        Object method = declaredMethod(obj, name);
        if (method != null) {
            return method;
        }
        if (obj instanceof PythonAttributes fields) {
            Object value = fields.pythonAttribute(name);
            if (value != null) {
                return value;
            }
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
        BuiltinTable table = MViewContext.get(null).getTypes().get(PyObjects.typeName(obj)).builtins();
        return table == null ? null : table.bind(name, obj);
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
        if (a instanceof PyEquatable x) {
            return x.pythonEquals(b);
        } else if (b instanceof PyEquatable y) {
            return y.pythonEquals(a);
        } else if (a instanceof PRange || b instanceof PRange) {
            if (a instanceof PRange x && b instanceof PRange y) {
                return toList(x).equals(toList(y));
            }
            return false;
        } else if (a instanceof PList x && b instanceof PList y) {
            return PyCompare.sequencesEqual(x.items().toArray(), y.items().toArray(), PyOps::equal);
        } else if (a instanceof PTuple x && b instanceof PTuple y) {
            return PyCompare.sequencesEqual(x.items(), y.items(), PyOps::equal);
        } else if (isForeign(a) || isForeign(b)) {
            return a == b || a.equals(b);
        } else if (a instanceof PythonTyped && !(a instanceof PBytes || a instanceof PByteArray)) {
            return a == b;
        }
        return PyCompare.equal(a, b);
    }

    /** A memoryview that grants a PyBUF_SIMPLE request (not released, C-contiguous). */
    private static boolean simpleBuffer(Object o) {
        return o instanceof BufferView v && !v.isReleased() && v.viewDescriptor().isCContiguous();
    }

    /** {@code a < b} etc.; {@code op} is one of {@code < <= > >=}. */
    @TruffleBoundary
    public static boolean order(String op, Object a, Object b) {
        int c;
        if (PyObjects.isNumber(a) && PyObjects.isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            c = compareNumbers(a, b);
        } else if (a instanceof String x && b instanceof String y) {
            c = compareStrings(x, y);
        } else if ((a instanceof PBytes || a instanceof PByteArray) && (b instanceof PBytes || b instanceof PByteArray)
                        || a instanceof PByteArray && simpleBuffer(b) || b instanceof PByteArray && simpleBuffer(a)) {
            // bytearray_richcompare takes a PyBUF_SIMPLE buffer of the other operand (also when reflected from memoryview)
            c = Arrays.compareUnsigned(PyArith.bufferBytes(a), PyArith.bufferBytes(b));
        } else if ((a instanceof PList && b instanceof PList) || (a instanceof PTuple && b instanceof PTuple)) {
            Object[] x = a instanceof PList l ? l.items().toArray() : ((PTuple) a).items();
            Object[] y = b instanceof PList l ? l.items().toArray() : ((PTuple) b).items();
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (!equal(x[i], y[i])) {
                    return order(op, x[i], y[i]);
                }
            }
            c = Integer.compare(x.length, y.length);
        } else {
            throw PythonError.raise(PythonErrorType.TypeError,
                            "'" + op + "' not supported between instances of '" + PyObjects.typeName(a) + "' and '" + PyObjects.typeName(b) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
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
        if (container instanceof PBytes || container instanceof PByteArray) {
            byte[] hay = PyArith.bufferBytes(container);
            if (PyObjects.isIndex(item)) {
                Object i = PyObjects.index(item);
                if (!(i instanceof Long l) || l < 0 || l > 255) {
                    throw PythonError.raise(PythonErrorType.ValueError, Messages.BYTE_RANGE);
                }
                for (byte x : hay) {
                    if ((x & 0xFF) == l) {
                        return true;
                    }
                }
                return false;
            }
            byte[] needle = PyArith.bufferBytes(item);
            if (needle == null) {
                throw PythonError.raise(PythonErrorType.TypeError, "a bytes-like object is required, not '" + PyObjects.typeName(item) + "'");
            }
            outer: for (int i = 0; i + needle.length <= hay.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (hay[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
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
        } else if (obj instanceof PBytes b) {
            return PyHash.hashBytes(b.bytes(), b.length());
        } else if (obj instanceof PyHashable h) {
            return h.pythonHash();
        } else if (obj instanceof PTuple t) {
            long acc = 2870177450012600261L;
            for (Object item : t.items()) {
                long lane = hash(item);
                acc += lane * 0xC2B2AE3D27D4EB4FL;
                acc = Long.rotateLeft(acc, 31);
                acc *= 0x9E3779B185EBCA87L;
            }
            acc += t.size() ^ (2870177450012600261L ^ 3527539L);
            return acc == -1 ? 1546275796 : acc;
        } else if (obj instanceof PList || obj instanceof PByteArray || obj instanceof PSlice) {
            throw PythonError.raise(PythonErrorType.TypeError, "unhashable type: '" + PyObjects.typeName(obj) + "'");
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

    private static long hashDouble(double v, Object identity) {
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
