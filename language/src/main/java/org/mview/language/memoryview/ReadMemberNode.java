package org.mview.language.memoryview;

import org.mview.language.MViewLanguage;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.objects.function.PBuiltinFunction;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code m.name} for a member of {@link MemoryViewMember}: an attribute's value, or the method bound to
 * the view. With the member cached (a constant name at the call site) the switch folds away in compiled
 * code and an attribute read is a field load.
 */
@GenerateUncached
public abstract class ReadMemberNode extends Node {

    static final int MEMBER_LIMIT = 4;

    public abstract Object execute(MemoryView mv, MemoryViewMember member);

    public static ReadMemberNode create() {
        return ReadMemberNodeGen.create();
    }

    @Specialization(guards = "member == cachedMember", limit = "MEMBER_LIMIT")
    static Object doCached(MemoryView mv, @SuppressWarnings("unused") MemoryViewMember member,
                    @Cached("member") MemoryViewMember cachedMember) {
        return read(mv, cachedMember);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(MemoryView mv, MemoryViewMember member) {
        return read(mv, member);
    }

    /** {@code getattr(m, name)} from the slow path: AttributeError for a name that is not a member. */
    @TruffleBoundary
    public static Object getAttribute(MemoryView mv, String name) {
        MemoryViewMember member = MemoryViewMember.lookup(name);
        if (member == null) {
            throw PythonError.raise(PythonErrorType.AttributeError, "'memoryview' object has no attribute '" + name + "'");
        }
        return ReadMemberNodeGen.getUncached().execute(mv, member);
    }

    private static Object read(MemoryView mv, MemoryViewMember member) {
        if (member.isMethod()) {
            return bind(mv, member);
        }
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        return switch (member) {
            case OBJ -> v.obj() == null ? PNone.INSTANCE : v.obj();
            case NBYTES -> v.len();
            case READONLY -> v.readonly();
            case ITEMSIZE -> (long) v.itemsize();
            case FORMAT -> v.format();
            case NDIM -> (long) v.ndim();
            case SHAPE -> PTuple.ofLongs(v.shape());
            case STRIDES -> PTuple.ofLongs(v.strides());
            case SUBOFFSETS -> v.suboffsets() == null ? PTuple.EMPTY : PTuple.ofLongs(v.suboffsets());
            case C_CONTIGUOUS -> mv.isCContiguous();
            case F_CONTIGUOUS -> mv.isFortranContiguous();
            case CONTIGUOUS -> mv.isContiguous();
            default -> throw new AssertionError(member);
        };
    }

    /** {@code m.tobytes} as a value: a bound method that calls through the same node as {@code m.tobytes()}. */
    @TruffleBoundary
    private static PBuiltinFunction bind(MemoryView mv, MemoryViewMember method) {
        return MViewLanguage.get(null).getBuiltins().function(method, method.pythonName(), () -> new MemoryViewMethodNode(method)).bindTo(mv);
    }
}
