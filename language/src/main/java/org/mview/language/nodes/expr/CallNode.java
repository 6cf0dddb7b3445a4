package org.mview.language.nodes.expr;

import org.mview.language.nodes.call.DispatchCallNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code f(a, b, key=c)}: positional values followed by keyword values, as {@code PCallable} expects. */
public final class CallNode extends MViewExpressionNode {

    @Child private MViewExpressionNode callee;
    @Children private final MViewExpressionNode[] arguments;
    private final String[] keywordNames;
    @Child private DispatchCallNode dispatch = DispatchCallNode.create();

    public CallNode(MViewExpressionNode callee, MViewExpressionNode[] arguments, String[] keywordNames) {
        this.callee = callee;
        this.arguments = arguments;
        this.keywordNames = keywordNames;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] values = executeAll(frame, arguments);
        return dispatch.execute(function, values, keywordNames);
    }
}
