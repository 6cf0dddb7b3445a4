package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.objects.none.PNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A sequence of statements; {@code pass} is the empty block. */
public final class BlockNode extends MViewExpressionNode {

    @Children private final MViewExpressionNode[] statements;

    public BlockNode(MViewExpressionNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        for (MViewExpressionNode s : statements) {
            try {
                s.execute(frame);
            } catch (PythonError e) {
                throw e.locatedAt(s);
            }
        }
        return PNone.INSTANCE;
    }
}
