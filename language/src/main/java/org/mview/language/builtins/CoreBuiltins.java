package org.mview.language.builtins;

import java.util.Iterator;
import java.util.List;

import org.mview.language.MViewContext;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.MemoryViewOps;
import org.mview.language.runtime.Arguments;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.objects.iterator.PIterator;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.objects.type.PType;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.objects.range.PRange;
import org.mview.language.objects.list.PList;
import org.mview.language.runtime.PySum;
import org.mview.language.runtime.PyRepr;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The builtin functions, each a node declared by its {@link Builtin} annotation: {@code len print repr hash isinstance sum min max abs iter next id callable}. */
final class CoreBuiltins {

    private CoreBuiltins() {
    }

    /** {@code len(m)} of a view is the view's own length in compiled code; everything else the generic protocol. */
    @Builtin(name = "len")
    static final class LenNode extends BuiltinNode {
        @Override
        public Object execute(Object self, Object[] args, String[] kw) {
            if (kw.length == 0 && args.length == 1 && args[0] instanceof MemoryView mv) {
                return MemoryViewOps.length(mv);
            }
            return generic(args, kw);
        }

        @TruffleBoundary
        private static Object generic(Object[] args, String[] kw) {
            return PyOps.length(one("len", args, kw)[0]);
        }
    }

    @Builtin(name = "repr")
    static final class ReprNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return PyRepr.repr(one("repr", args, kw)[0]);
        }
    }

    @Builtin(name = "hash")
    static final class HashNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return PyOps.hash(one("hash", args, kw)[0]);
        }
    }

    @Builtin(name = "id")
    static final class IdNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return (long) System.identityHashCode(one("id", args, kw)[0]);
        }
    }

    @Builtin(name = "callable")
    static final class CallableNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object o = one("callable", args, kw)[0];
            return o instanceof org.mview.language.runtime.PCallable;
        }
    }

    @Builtin(name = "abs")
    static final class AbsNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object x = one("abs", args, kw)[0];
            if (PyObjects.isNumber(x)) {
                if (x instanceof Double d) {
                    return Math.abs(d);
                }
                boolean negative = PyOps.compareNumbers(x, 0L) < 0;
                return negative ? PyArith.unary('-', x) : PyArith.unary('+', x);
            }
            throw PythonError.raise(PythonErrorType.TypeError, "bad operand type for abs(): '" + PyObjects.typeName(x) + "'");
        }
    }

    @Builtin(name = "print")
    static final class PrintNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            int positional = args.length - kw.length;
            String sep = " ";
            String end = "\n";
            for (int k = 0; k < kw.length; k++) {
                Object v = args[positional + k];
                switch (kw[k]) {
                    case "sep", "end" -> {
                        if (!(v instanceof String) && !(v instanceof PNone)) {
                            throw PythonError.raise(PythonErrorType.TypeError, kw[k] + " must be None or a string, not " + PyObjects.typeName(v));
                        }
                        if (v instanceof String s) {
                            if (kw[k].equals("sep")) {
                                sep = s;
                            } else {
                                end = s;
                            }
                        }
                    }
                    case "file", "flush" -> {
                    }
                    default -> throw PythonError.raise(PythonErrorType.TypeError, "'" + kw[k] + "' is an invalid keyword argument for print()");
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < positional; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(PyRepr.str(args[i]));
            }
            sb.append(end);
            MViewContext.get(this).getOut().print(sb);
            MViewContext.get(this).getOut().flush();
            return PNone.INSTANCE;
        }
    }

    @Builtin(name = "isinstance")
    static final class IsInstanceNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("isinstance", args, kw, new String[]{"obj", "class_or_tuple"}, 2, 2);
            return isInstance(a[0], a[1]);
        }
    }

    @Builtin(name = "iter")
    static final class IterNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object o = one("iter", args, kw)[0];
            if (o instanceof PIterator) {
                return o;
            }
            return new PIterator(PyOps.iteratorTypeName(o), PyOps.iterate(o));
        }
    }

    @Builtin(name = "reversed")
    static final class ReversedNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object seq = one("reversed", args, kw)[0];
            return new PIterator(seq instanceof PList ? "list_reverseiterator" : "reversed", reversedItems(seq));
        }
    }

    @Builtin(name = "next")
    static final class NextNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("next", args, kw, new String[]{"iterator", "default"}, 1, 2);
            if (!(a[0] instanceof PIterator it)) {
                throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(a[0]) + "' object is not an iterator");
            }
            if (it.items().hasNext()) {
                return it.items().next();
            }
            if (a[1] != null) {
                return a[1];
            }
            throw PythonError.raise(PythonErrorType.StopIteration, "");
        }
    }

    @Builtin(name = "sum")
    static final class SumNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("sum", args, kw, new String[]{"iterable", "start"}, 1, 1);
            Object acc = a[1] == null ? (Object) 0L : a[1];
            if (acc instanceof String) {
                throw PythonError.raise(PythonErrorType.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            return PySum.sum(acc, PyOps.iterate(a[0]));
        }
    }

    @Builtin(name = "min")
    static final class MinNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return minMax("min", args, kw, "<");
        }
    }

    @Builtin(name = "max")
    static final class MaxNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            return minMax("max", args, kw, ">");
        }
    }

    /**
     * {@code reversed(seq)} through the sequence protocol ({@code len} now, then {@code seq[i]} from the
     * end), as CPython's reversed object does for memoryview, bytes, bytearray, tuple, list and range.
     */
    private static java.util.Iterator<Object> reversedItems(Object seq) {
        if (!(seq instanceof org.mview.language.runtime.Sized) && !(seq instanceof String) && !(seq instanceof PList) && !(seq instanceof PTuple) && !(seq instanceof PRange)) {
            throw PythonError.raise(PythonErrorType.TypeError, "'" + PyObjects.typeName(seq) + "' object is not reversible");
        }
        long n = PyOps.length(seq);
        return new java.util.Iterator<>() {
            private long next = n - 1;

            @Override
            public boolean hasNext() {
                return next >= 0;
            }

            @Override
            public Object next() {
                return PyOps.getItem(seq, next--);
            }
        };
    }

    /** The single positional argument of a one-argument builtin, with CPython's messages. */
    private static Object[] one(String name, Object[] args, String[] kw) {
        if (kw.length > 0) {
            throw PythonError.raise(PythonErrorType.TypeError, name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PythonError.raise(PythonErrorType.TypeError, name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args;
    }

    private static Object minMax(String name, Object[] args, String[] kw, String op) {
        int positional = args.length - kw.length;
        Object dflt = null;
        Object key = null;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "default" -> dflt = args[positional + k];
                case "key" -> key = args[positional + k];
                default -> throw PythonError.raise(PythonErrorType.TypeError, name + "() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        if (positional == 0) {
            throw PythonError.raise(PythonErrorType.TypeError, name + " expected at least 1 argument, got 0");
        }
        List<Object> items;
        if (positional == 1) {
            items = PyOps.toList(args[0]);
        } else {
            if (dflt != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = java.util.Arrays.asList(args).subList(0, positional);
        }
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw PythonError.raise(PythonErrorType.ValueError, name + "() iterable argument is empty");
        }
        Object best = items.get(0);
        Object bestKey = key == null || key instanceof PNone ? best : PyOps.call(key, new Object[]{best}, new String[0]);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object vk = key == null || key instanceof PNone ? v : PyOps.call(key, new Object[]{v}, new String[0]);
            if (PyOps.order(op, vk, bestKey)) {
                best = v;
                bestKey = vk;
            }
        }
        return best;
    }

    static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PType t) {
            return t.isInstance(obj);
        } else if (cls instanceof PTuple tuple) {
            for (Object c : tuple.items()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
}
