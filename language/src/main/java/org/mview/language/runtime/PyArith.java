package org.mview.language.runtime;

import org.mview.language.Messages;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.buffers.Exporters;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.buffer.BufferExporter;
import org.mview.language.buffer.ManagedBuffer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mview.language.objects.bytes.PByteArray;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.list.PList;
import org.mview.language.objects.tuple.PTuple;

/** The generic (slow-path) Python binary and unary operators over mview's value model. */
public final class PyArith {

    private PyArith() {
    }

    /** Binary operators, with the symbol used in messages. */
    public enum Op {
        ADD("+"), SUB("-"), MUL("*"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"), AND("&"), OR("|"), XOR("^"), MATMUL("@");

        public final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    private static boolean isInt(Object o) {
        return PyObjects.isIndex(o);
    }

    private static boolean isFloat(Object o) {
        return o instanceof Double || o instanceof Float;
    }

    @TruffleBoundary
    public static Object binary(Op op, Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return intOp(op, PyObjects.toBigInteger(PyObjects.index(a)), PyObjects.toBigInteger(PyObjects.index(b)));
        }
        if ((isInt(a) || isFloat(a)) && (isInt(b) || isFloat(b)) && op.ordinal() <= Op.POW.ordinal()) {
            return floatOp(op, PyObjects.asDouble(a), PyObjects.asDouble(b));
        }
        switch (op) {
            case ADD:
                return concat(a, b);
            case MUL:
                if (isSequence(a) && !isInt(a)) {
                    return repeat(a, b);
                } else if (isSequence(b)) {
                    return repeat(b, a);
                }
                break;
            case MOD:
                if (a instanceof String || a instanceof BufferExporter) {
                    throw PythonError.raise(PythonErrorType.NotImplementedError, "%-formatting is not supported by mview");
                }
                break;
            default:
                break;
        }
        throw unsupported(op.symbol, a, b);
    }

    @TruffleBoundary
    public static PythonError unsupported(String symbol, Object a, Object b) {
        return PythonError.raise(PythonErrorType.TypeError, "unsupported operand type(s) for " + symbol + ": '" + PyObjects.typeName(a) + "' and '" + PyObjects.typeName(b) + "'");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PyConcatenable;
    }

    private static Object intOp(Op op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD:
                return PyObjects.normalize(x.add(y));
            case SUB:
                return PyObjects.normalize(x.subtract(y));
            case MUL:
                return PyObjects.normalize(x.multiply(y));
            case TRUEDIV:
                if (y.signum() == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "division by zero");
                }
                return intTrueDiv(x, y);
            case FLOORDIV:
                if (y.signum() == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "integer division or modulo by zero");
                }
                return PyObjects.normalize(floorDiv(x, y));
            case MOD:
                if (y.signum() == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "integer modulo by zero");
                }
                return PyObjects.normalize(x.subtract(floorDiv(x, y).multiply(y)));
            case POW:
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw PythonError.raise(PythonErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
                    }
                    return floatOp(Op.POW, toDouble(x), toDouble(y));
                }
                if (x.equals(BigInteger.ONE) || x.signum() == 0) {
                    return PyObjects.normalize(x.signum() == 0 && y.signum() == 0 ? BigInteger.ONE : x);
                }
                if (y.bitLength() > 31) {
                    throw PythonError.raise(PythonErrorType.MemoryError, "");
                }
                return PyObjects.normalize(x.pow(y.intValue()));
            case LSHIFT:
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PythonError.raise(PythonErrorType.ValueError, "negative shift count");
                }
                if (op == Op.RSHIFT) {
                    return PyObjects.normalize(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
                }
                if (x.signum() == 0) {
                    return 0L;
                }
                if (y.bitLength() > 31) {
                    throw PythonError.raise(PythonErrorType.OverflowError, "too many digits in integer");
                }
                return PyObjects.normalize(x.shiftLeft(y.intValue()));
            case AND:
                return PyObjects.normalize(x.and(y));
            case OR:
                return PyObjects.normalize(x.or(y));
            case XOR:
                return PyObjects.normalize(x.xor(y));
            default:
                throw unsupported(op.symbol, PyObjects.normalize(x), PyObjects.normalize(y));
        }
    }

    private static double toDouble(BigInteger b) {
        return PyObjects.asDouble(PyObjects.normalize(b));
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static double intTrueDiv(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double d = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonError.raise(PythonErrorType.OverflowError, "integer division result too large for a float");
        }
        return d;
    }

    /** Float arithmetic with Python's signs and errors. */
    @TruffleBoundary
    public static double floatOp(Op op, double a, double b) {
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case TRUEDIV:
                if (b == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "float division by zero");
                }
                return a / b;
            case FLOORDIV:
                if (b == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "float floor division by zero");
                }
                return floatDivmod(a, b)[0];
            case MOD:
                if (b == 0) {
                    throw PythonError.raise(PythonErrorType.ZeroDivisionError, "float modulo by zero");
                }
                return floatDivmod(a, b)[1];
            case POW:
                return floatPow(a, b);
            default:
                throw unsupported(op.symbol, a, b);
        }
    }

    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    private static double floatPow(double a, double b) {
        if (a == 0 && b < 0) {
            throw PythonError.raise(PythonErrorType.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && Double.isFinite(b)) {
            throw PythonError.raise(PythonErrorType.NotImplementedError, "complex numbers are not supported by mview");
        }
        if (a == 1.0 || b == 0) {
            return 1.0;
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw PythonError.raise(PythonErrorType.OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static Object concat(Object a, Object b) {
        if (a instanceof String s) {
            if (b instanceof String t) {
                return s + t;
            }
            throw PythonError.raise(PythonErrorType.TypeError, "can only concatenate str (not \"" + PyObjects.typeName(b) + "\") to str");
        }
        if (a instanceof PyConcatenable seq) {
            return seq.concat(b);
        }
        throw unsupported("+", a, b);
    }

    /** The C-order bytes of any buffer object, or null when {@code obj} is not a buffer. */
    @TruffleBoundary
    public static byte[] bufferBytes(Object obj) {
        if (obj instanceof BufferExporter exporter) {
            byte[] bytes = exporter.contiguousBytes();
            if (bytes != null) {
                return bytes;
            }
        }
        ManagedBuffer mbuf = Exporters.tryAcquire(obj);
        if (mbuf == null) {
            return null;
        }
        mbuf.registerView();
        try {
            return CopyToContiguousNode.getUncached().execute(mbuf.master(), 'C');
        } finally {
            mbuf.unregisterView();
        }
    }

    private static Object repeat(Object seq, Object count) {
        if (!isInt(count)) {
            throw PythonError.raise(PythonErrorType.TypeError, "can't multiply sequence by non-int of type '" + PyObjects.typeName(count) + "'");
        }
        Object idx = PyObjects.index(count);
        if (!(idx instanceof Long)) {
            if (((BigInteger) idx).signum() < 0) {
                idx = 0L;
            } else {
                throw PythonError.raise(PythonErrorType.OverflowError, Messages.INDEX_SIZED);
            }
        }
        long n = Math.max(0, (Long) idx);
        long unit = PyOps.length(seq);
        if (unit * n > Integer.MAX_VALUE - 16 || (n > 0 && unit * n / n != unit)) {
            throw PythonError.raise(PythonErrorType.MemoryError, "");
        }
        int times = (int) n;
        if (seq instanceof String s) {
            return s.repeat(times);
        }
        return ((PyConcatenable) seq).repeat(times);
    }

    /** Unary {@code -x}, {@code +x}, {@code ~x}. */
    @TruffleBoundary
    public static Object unary(char op, Object x) {
        if (isInt(x)) {
            BigInteger v = PyObjects.toBigInteger(PyObjects.index(x));
            return PyObjects.normalize(switch (op) {
                case '-' -> v.negate();
                case '~' -> v.not();
                default -> v;
            });
        }
        if (isFloat(x) && op != '~') {
            double d = ((Number) x).doubleValue();
            return op == '-' ? -d : d;
        }
        throw PythonError.raise(PythonErrorType.TypeError, "bad operand type for unary " + op + ": '" + PyObjects.typeName(x) + "'");
    }
}
