package org.mview.language.memoryview;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.nodes.copy.CopyToContiguousNode;
import org.mview.language.runtime.Arguments;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.runtime.PCallable;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * Calls a method of {@link MemoryViewMember} with positional arguments, from the language
 * ({@code m.tobytes()}) and from other languages ({@code invokeMember}). With the method cached the
 * dispatch folds away; arguments that do not bind (wrong count, keywords) take the argument clinic's
 * error path. {@code tobytes} copies through a cached {@link CopyToContiguousNode}, so a call from a
 * compiled loop has no boundary on its way to the copy.
 */
@GenerateUncached
public abstract class CallMethodNode extends Node {

    static final int METHOD_LIMIT = 4;

    public abstract Object execute(MemoryView mv, MemoryViewMember method, Object[] positional);

    public static CallMethodNode create() {
        return CallMethodNodeGen.create();
    }

    @Specialization(guards = "method == cachedMethod", limit = "METHOD_LIMIT")
    static Object doCached(MemoryView mv, @SuppressWarnings("unused") MemoryViewMember method, Object[] positional,
                    @Bind Node node,
                    @Cached("method") MemoryViewMember cachedMethod,
                    @Cached InlinedBranchProfile bindProfile,
                    @Cached CopyToContiguousNode copy,
                    @Cached CastNode cast) {
        if (!cachedMethod.acceptsPositional(positional.length)) {
            bindProfile.enter(node);
            return callUncached(mv, cachedMethod, positional, PCallable.NO_KEYWORDS);
        }
        return call(mv, cachedMethod, pad(positional, cachedMethod), copy, cast);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(MemoryView mv, MemoryViewMember method, Object[] positional,
                    @Cached CopyToContiguousNode copy,
                    @Cached CastNode cast) {
        if (!method.acceptsPositional(positional.length)) {
            return callUncached(mv, method, positional, PCallable.NO_KEYWORDS);
        }
        return call(mv, method, pad(positional, method), copy, cast);
    }

    /** Python's call with keywords: binds through the clinic, then the same implementation. */
    @TruffleBoundary
    public static Object callUncached(MemoryView mv, MemoryViewMember method, Object[] args, String[] keywords) {
        Object[] bound;
        if (method.positionalOnly() < 0) {
            if (keywords.length > 0) {
                throw PythonError.raise(PythonErrorType.TypeError, method.pythonName() + "() takes no keyword arguments");
            }
            bound = args;
        } else {
            bound = Arguments.bind(method.clinicName(), args, keywords, method.parameters(), method.required(), method.positionalOnly());
        }
        return call(mv, method, bound, CopyToContiguousNode.getUncached(), CastNodeGen.getUncached());
    }

    /** The arguments in parameter slots, missing optional ones null (what the clinic binds). */
    private static Object[] pad(Object[] positional, MemoryViewMember method) {
        int n = method.parameters().length;
        if (method.positionalOnly() < 0 || positional.length == n) {
            return positional;
        }
        Object[] bound = new Object[n];
        System.arraycopy(positional, 0, bound, 0, positional.length);
        return bound;
    }

    private static Object call(MemoryView mv, MemoryViewMember method, Object[] a, CopyToContiguousNode copy, CastNode cast) {
        return switch (method) {
            case RELEASE -> release(mv);
            case TOBYTES -> tobytes(mv, a[0], copy);
            case HEX -> MemoryViewMethods.hex(mv, a[0], a[1]);
            case TOLIST -> MemoryViewMethods.tolist(mv);
            case TOREADONLY -> ViewFactory.toReadonly(mv);
            case CAST -> cast.execute(mv, a[0], a[1]);
            case COUNT -> MemoryViewMethods.count(mv, a[0]);
            case INDEX -> MemoryViewMethods.index(mv, a[0], a[1], a[2]);
            case ENTER -> {
                mv.checkReleased();
                yield mv;
            }
            case EXIT -> release(mv);
            default -> throw new AssertionError(method);
        };
    }

    private static Object release(MemoryView mv) {
        mv.release();
        return PNone.INSTANCE;
    }

    /** {@code m.tobytes(order=None)}: order None or missing is 'C'. CPython checks the type, then release, then the value. */
    private static PBytes tobytes(MemoryView mv, Object order, CopyToContiguousNode copy) {
        boolean given = order != null && !(order instanceof PNone);
        if (given && !(order instanceof String)) {
            throw orderTypeError(order);
        }
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        char ord = given ? MemoryViewMethods.copyOrder(v, MemoryViewMethods.orderOf((String) order)) : 'C';
        return new PBytes(copy.execute(v, ord));
    }

    @TruffleBoundary
    private static PythonError orderTypeError(Object order) {
        return PythonError.raise(PythonErrorType.TypeError, "tobytes() argument 'order' must be str or None, not " + PyObjects.typeName(order));
    }
}
