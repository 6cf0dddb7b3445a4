package org.mview.language.nodes.expr;

import org.mview.language.objects.none.PNone;
import org.mview.language.objects.slice.PSlice;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code start:stop:step} inside a subscript; a missing part is {@code None}. */
public final class SliceNode extends MViewExpressionNode {

    @Child private MViewExpressionNode start;
    @Child private MViewExpressionNode stop;
    @Child private MViewExpressionNode step;

    public SliceNode(MViewExpressionNode start, MViewExpressionNode stop, MViewExpressionNode step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = start == null ? PNone.INSTANCE : start.execute(frame);
        Object b = stop == null ? PNone.INSTANCE : stop.execute(frame);
        Object c = step == null ? PNone.INSTANCE : step.execute(frame);
        return new PSlice(a, b, c);
    }
}
