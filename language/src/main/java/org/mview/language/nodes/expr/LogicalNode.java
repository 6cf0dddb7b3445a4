package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

/** {@code a and b} / {@code a or b}: short-circuit, returning an operand. */
public final class LogicalNode extends MViewExpressionNode {

    private final boolean isAnd;
    @Child private MViewExpressionNode left;
    @Child private MViewExpressionNode right;
    private final ConditionProfile shortCircuit = ConditionProfile.create();

    public LogicalNode(boolean isAnd, MViewExpressionNode left, MViewExpressionNode right) {
        this.isAnd = isAnd;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = left.execute(frame);
        boolean truth = l instanceof Boolean b ? b : PyOps.isTrue(l);
        if (shortCircuit.profile(truth != isAnd)) {
            return l;
        }
        return right.execute(frame);
    }
}
