package org.mview.language.nodes.expr;

import org.mview.language.objects.function.PFunction;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code lambda params: body}: creates a function over the compiled body, closing over this frame. */
public final class LambdaNode extends MViewExpressionNode {

    private final CallTarget callTarget;
    private final String[] parameters;
    @Children private final MViewExpressionNode[] defaults;
    private final boolean insideLambda;

    public LambdaNode(CallTarget callTarget, String[] parameters, MViewExpressionNode[] defaults, boolean insideLambda) {
        this.callTarget = callTarget;
        this.parameters = parameters;
        this.defaults = defaults;
        this.insideLambda = insideLambda;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] values = executeAll(frame, defaults);
        return new PFunction(callTarget, parameters, values, insideLambda ? frame.materialize() : null);
    }
}
