package org.mview.language.memoryview;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mview.language.runtime.MemberNames;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Every attribute and method of {@code memoryview}, declared once. Attribute lookup in the language
 * ({@code m.nbytes}, {@code m.tobytes()}), the interop member messages ({@code getMembers},
 * {@code isMemberReadable/Invocable}, {@code readMember}, {@code invokeMember}) and the member list all
 * come from this table; {@link ReadMemberNode} and {@link CallMethodNode} implement the members.
 *
 * <p>A method declares its parameters as CPython's argument clinic does: names in order, how many are
 * required, how many are positional-only.
 */
public enum MemoryViewMember {
    OBJ("obj"),
    NBYTES("nbytes"),
    READONLY("readonly"),
    ITEMSIZE("itemsize"),
    FORMAT("format"),
    NDIM("ndim"),
    SHAPE("shape"),
    STRIDES("strides"),
    SUBOFFSETS("suboffsets"),
    C_CONTIGUOUS("c_contiguous"),
    F_CONTIGUOUS("f_contiguous"),
    CONTIGUOUS("contiguous"),
    RELEASE("release", "memoryview.release", 0, 0),
    TOBYTES("tobytes", "tobytes", 0, 0, "order"),
    HEX("hex", "hex", 0, 0, "sep", "bytes_per_sep"),
    TOLIST("tolist", "memoryview.tolist", 0, 0),
    TOREADONLY("toreadonly", "memoryview.toreadonly", 0, 0),
    CAST("cast", "cast", 1, 0, "format", "shape"),
    COUNT("count", "count", 1, 1, "value"),
    INDEX("index", "index", 1, 3, "value", "start", "stop"),
    ENTER("__enter__", "memoryview.__enter__", 0, 0),
    EXIT("__exit__", "__exit__", 0, -1);

    private final String pythonName;
    private final boolean method;
    /** The function name in argument errors ({@code tobytes() takes ...}). */
    private final String clinicName;
    private final String[] parameters;
    private final int required;
    /** Leading positional-only parameters; -1: any positional arguments, no keywords ({@code __exit__}). */
    private final int positionalOnly;

    private static final Map<String, MemoryViewMember> BY_NAME = Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(m -> m.pythonName, Function.identity()));
    private static final String[] SORTED_NAMES = Arrays.stream(values()).map(m -> m.pythonName).sorted().toArray(String[]::new);

    MemoryViewMember(String pythonName) {
        this.pythonName = pythonName;
        this.method = false;
        this.clinicName = pythonName;
        this.parameters = new String[0];
        this.required = 0;
        this.positionalOnly = 0;
    }

    MemoryViewMember(String pythonName, String clinicName, int required, int positionalOnly, String... parameters) {
        this.pythonName = pythonName;
        this.method = true;
        this.clinicName = clinicName;
        this.parameters = parameters;
        this.required = required;
        this.positionalOnly = positionalOnly;
    }

    public String pythonName() {
        return pythonName;
    }

    public boolean isMethod() {
        return method;
    }

    String clinicName() {
        return clinicName;
    }

    String[] parameters() {
        return parameters;
    }

    int required() {
        return required;
    }

    int positionalOnly() {
        return positionalOnly;
    }

    /** Whether {@code count} positional arguments and no keywords bind without an error. */
    boolean acceptsPositional(int count) {
        return positionalOnly < 0 || (count >= required && count <= parameters.length);
    }

    /** The member called {@code name}, or null. */
    @TruffleBoundary
    public static MemoryViewMember lookup(String name) {
        return BY_NAME.get(name);
    }

    static MemberNames names() {
        return new MemberNames(SORTED_NAMES);
    }
}
