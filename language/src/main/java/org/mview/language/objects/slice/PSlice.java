package org.mview.language.objects.slice;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.ForeignValues;
import org.mview.language.runtime.MemberNames;
import org.mview.language.runtime.PyRepr;
import org.mview.language.runtime.PythonAttributes;

/** Python's {@code slice(start, stop, step)}; each part is a Python value or {@link PNone}. */
@ExportLibrary(InteropLibrary.class)
public final class PSlice implements TruffleObject, PythonAttributes, org.mview.language.runtime.PyHashable, org.mview.language.runtime.PythonTyped, org.mview.language.runtime.PyRepresentable {

    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object pythonAttribute(String name) {
        return switch (name) {
            case "start" -> start();
            case "stop" -> stop();
            case "step" -> step();
            default -> null;
        };
    }

    @Override
    public String pythonTypeName() {
        return "slice";
    }

    @Override
    @TruffleBoundary
    public String pythonRepr() {
        return "slice(" + PyRepr.repr(start) + ", " + PyRepr.repr(stop) + ", " + PyRepr.repr(step) + ")";
    }

    @Override
    public long pythonHash() {
        throw org.mview.language.runtime.Sequences.unhashable(this);
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    private static final String[] MEMBERS = {"start", "stop", "step"};

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(MEMBERS);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return member.equals("start") || member.equals("stop") || member.equals("step");
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case "start" -> ForeignValues.toInterop(start);
            case "stop" -> ForeignValues.toInterop(stop);
            case "step" -> ForeignValues.toInterop(step);
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyRepr.repr(this);
    }
}
