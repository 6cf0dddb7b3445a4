package org.mview.language.nodes.call;

import org.mview.language.objects.function.PBuiltinFunction;
import org.mview.language.objects.function.PFunction;
import org.mview.language.objects.type.PType;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * A call site's dispatch: a lambda, a builtin (bound method or free function) or a type's constructor
 * whose call target has been seen here is called through a {@link DirectCallNode}, which the compiler
 * can inline; anything else (foreign executables, megamorphic sites) takes the generic call.
 */
@GenerateInline(false)
public abstract class DispatchCallNode extends Node {

    static final int CALL_LIMIT = 3;

    /** @param args positional values followed by keyword values, as {@code PCallable} describes */
    public abstract Object execute(Object callee, Object[] args, String[] keywordNames);

    public static DispatchCallNode create() {
        return DispatchCallNodeGen.create();
    }

    @Specialization(guards = "fn.callTarget() == cachedTarget", limit = "CALL_LIMIT")
    static Object doLambda(PFunction fn, Object[] args, String[] keywordNames,
                    @Cached("fn.callTarget()") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return fn.invoke(call, fn.bind(args, keywordNames));
    }

    @Specialization(guards = "fn.callTarget() == cachedTarget", limit = "CALL_LIMIT")
    static Object doBuiltin(PBuiltinFunction fn, Object[] args, String[] keywordNames,
                    @Cached("fn.callTarget()") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        return call.call(fn.self(), args, keywordNames);
    }

    @Specialization(guards = {"type.constructor() != null", "type == cachedType"}, limit = "CALL_LIMIT")
    static Object doConstructor(@SuppressWarnings("unused") PType type, Object[] args, String[] keywordNames,
                    @Cached("type") @SuppressWarnings("unused") PType cachedType,
                    @Cached("type.constructor()") PBuiltinFunction cachedConstructor,
                    @Cached("create(cachedConstructor.callTarget())") DirectCallNode call) {
        return call.call(cachedConstructor.self(), args, keywordNames);
    }

    @Specialization(replaces = "doLambda")
    static Object doLambdaIndirect(PFunction fn, Object[] args, String[] keywordNames) {
        return fn.call(args, keywordNames);
    }

    @Specialization(replaces = "doBuiltin")
    static Object doBuiltinIndirect(PBuiltinFunction fn, Object[] args, String[] keywordNames) {
        return fn.call(args, keywordNames);
    }

    @Specialization(replaces = "doConstructor")
    static Object doTypeIndirect(PType type, Object[] args, String[] keywordNames) {
        return type.call(args, keywordNames);
    }

    /** Foreign executables and what is not callable (the error). */
    @Fallback
    static Object doGeneric(Object callee, Object[] args, String[] keywordNames) {
        return PyOps.call(callee, args, keywordNames);
    }
}
