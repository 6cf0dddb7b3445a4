package org.mview.language.objects.complex;

import org.mview.language.runtime.MemberNames;
import org.mview.language.runtime.PyCompare;
import org.mview.language.runtime.PyEquatable;
import org.mview.language.runtime.PyHashable;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;
import org.mview.language.runtime.PyRepr;
import org.mview.language.runtime.PyRepresentable;
import org.mview.language.runtime.PythonAttributes;
import org.mview.language.runtime.PythonTyped;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code complex}: the items of {@code 'Zf'}/{@code 'Zd'} views (with {@code mview.Extensions}).
 * repr, {@code ==} and {@code hash} are CPython's. Other languages see an object with the readable
 * members {@code real} and {@code imag} (doubles), and its repr as display string.
 */
@ExportLibrary(InteropLibrary.class)
public final class PComplex implements TruffleObject, PythonTyped, PythonAttributes, PyRepresentable, PyEquatable, PyHashable {

    /** CPython's {@code _PyHASH_IMAG}. */
    private static final long HASH_IMAG = 1000003L;

    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    @Override
    public String pythonTypeName() {
        return "complex";
    }

    @Override
    public Object pythonAttribute(String name) {
        return switch (name) {
            case "real" -> real;
            case "imag" -> imag;
            default -> null;
        };
    }

    /** {@code complex_repr}: {@code 2j} when the real part is +0, else {@code (re±imj)}; parts without ".0". */
    @Override
    @TruffleBoundary
    public String pythonRepr() {
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        if (!im.startsWith("-")) {
            im = "+" + im;
        }
        return "(" + part(real) + im + "j)";
    }

    /** A part as {@code repr(float)} writes it, without the ".0" that CPython's complex repr leaves out. */
    private static String part(double d) {
        String s = PyRepr.floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    @TruffleBoundary
    public Boolean pythonEquals(Object other) {
        if (other instanceof PComplex c) {
            return real == c.real && imag == c.imag;
        }
        if (PyObjects.isNumber(other)) {
            return imag == 0.0 && PyCompare.numbersEqual(real, other);
        }
        return null;
    }

    @Override
    @TruffleBoundary
    public long pythonHash() {
        long h = PyOps.hashDouble(real, this) + HASH_IMAG * PyOps.hashDouble(imag, this);
        return h == -1 ? -2 : h;
    }

    @Override
    public String toString() {
        return pythonRepr();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(new String[]{"real", "imag"});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return member.equals("real") || member.equals("imag");
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = pythonAttribute(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return pythonRepr();
    }
}
