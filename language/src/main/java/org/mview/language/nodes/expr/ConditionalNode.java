package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

/** {@code a if cond else b}, and the {@code if} statement (with a null else). */
public final class ConditionalNode extends MViewExpressionNode {

    @Child private MViewExpressionNode condition;
    @Child private MViewExpressionNode then;
    @Child private MViewExpressionNode otherwise;
    private final ConditionProfile profile = ConditionProfile.create();

    public ConditionalNode(MViewExpressionNode condition, MViewExpressionNode then, MViewExpressionNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object c = condition.execute(frame);
        if (profile.profile(c instanceof Boolean b ? b : PyOps.isTrue(c))) {
            return then.execute(frame);
        }
        return otherwise == null ? org.mview.language.objects.none.PNone.INSTANCE : otherwise.execute(frame);
    }
}
