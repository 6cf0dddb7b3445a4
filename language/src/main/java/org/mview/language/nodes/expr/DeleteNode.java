package org.mview.language.nodes.expr;

import org.mview.language.objects.none.PNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code del t1, t2}. */
public final class DeleteNode extends MViewExpressionNode {

    @Children private final TargetNode[] targets;

    public DeleteNode(TargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (TargetNode t : targets) {
            t.delete(frame);
        }
        return PNone.INSTANCE;
    }
}
