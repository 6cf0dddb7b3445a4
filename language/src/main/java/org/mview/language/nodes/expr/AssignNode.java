package org.mview.language.nodes.expr;

import org.mview.language.objects.none.PNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code t1 = t2 = value}: evaluates the value once, assigns the targets left to right. */
public final class AssignNode extends MViewExpressionNode {

    @Children private final TargetNode[] targets;
    @Child private MViewExpressionNode value;

    public AssignNode(TargetNode[] targets, MViewExpressionNode value) {
        this.targets = targets;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (TargetNode t : targets) {
            t.assign(frame, v);
        }
        return PNone.INSTANCE;
    }
}
