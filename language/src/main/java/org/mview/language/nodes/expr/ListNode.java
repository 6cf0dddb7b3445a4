package org.mview.language.nodes.expr;

import java.util.Arrays;

import org.mview.language.objects.list.PList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code [a, b, c]}. */
public final class ListNode extends MViewExpressionNode {

    @Children private final MViewExpressionNode[] items;

    public ListNode(MViewExpressionNode[] items) {
        this.items = items;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] values = executeAll(frame, items);
        return make(values);
    }

    @TruffleBoundary
    private static PList make(Object[] values) {
        return new PList(Arrays.asList(values));
    }
}
