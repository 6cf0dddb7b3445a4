package org.mview.language.objects.complex;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.function.Builtin;
import org.mview.language.objects.function.BuiltinNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code complex} type's builtins: its constructor from numbers ({@code complex(1, 2)}). */
public final class ComplexBuiltins {

    private ComplexBuiltins() {
    }

    @Builtin(name = "complex", constructor = true)
    static final class NewNode extends BuiltinNode {
        @Override
        @TruffleBoundary
        public Object execute(Object self, Object[] args, String[] kw) {
            Object[] a = Arguments.bind("complex", args, kw, new String[]{"real", "imag"}, 0, 0);
            if (a[1] instanceof String) {
                throw PythonError.raise(PythonErrorType.TypeError, "complex() second arg can't be a string");
            }
            if (a[0] instanceof String && a[1] != null) {
                throw PythonError.raise(PythonErrorType.TypeError, "complex() can't take second arg if first is a string");
            }
            if (a[0] instanceof String) {
                throw PythonError.raise(PythonErrorType.NotImplementedError, "complex() from a string is not supported by mview");
            }
            // CPython's complex_new: complex(a, b) is a + b*1j, adding a's imaginary part only when a is complex
            double re = 0.0;
            double im = 0.0;
            if (a[1] instanceof PComplex c) {
                re = -c.imag();
                im = c.real();
            } else if (a[1] != null) {
                im = number(a[1], "second");
            }
            if (a[0] instanceof PComplex c) {
                re = a[1] instanceof PComplex ? c.real() + re : c.real();
                im = a[1] != null ? c.imag() + im : c.imag();
            } else if (a[0] != null) {
                re = a[1] instanceof PComplex ? number(a[0], "first") + re : number(a[0], "first");
            }
            return new PComplex(re, im);
        }

        private static double number(Object x, String which) {
            if (!PyObjects.isNumber(x)) {
                throw PythonError.raise(PythonErrorType.TypeError,
                                "complex() " + which + " argument must be " + (which.equals("first") ? "a string or a number" : "a number") + ", not '" + PyObjects.typeName(x) + "'");
            }
            return PyObjects.asDouble(x);
        }
    }
}
