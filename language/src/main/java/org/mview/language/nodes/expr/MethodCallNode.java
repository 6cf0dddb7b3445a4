package org.mview.language.nodes.expr;

import org.mview.language.memoryview.CallMethodNode;
import org.mview.language.nodes.call.DispatchCallNode;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.MemoryViewMember;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code obj.name(args)}: a call of an attribute, without making the bound method when the receiver is
 * a view and {@code name} one of its methods (the method is resolved when the node is made and called
 * through a {@link CallMethodNode}). Python's order holds: the attribute is looked up, and may fail,
 * before the arguments are evaluated.
 */
public final class MethodCallNode extends MViewExpressionNode {

    @Child private MViewExpressionNode receiver;
    @Children private final MViewExpressionNode[] arguments;
    @Child private CallMethodNode callMethod;
    @Child private DispatchCallNode dispatch = DispatchCallNode.create();
    private final String name;
    private final String[] keywordNames;
    private final MemoryViewMember method;

    public MethodCallNode(MViewExpressionNode receiver, String name, MViewExpressionNode[] arguments, String[] keywordNames) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.keywordNames = keywordNames;
        MemoryViewMember member = MemoryViewMember.lookup(name);
        this.method = member != null && member.isMethod() ? member : null;
        this.callMethod = method == null ? null : CallMethodNode.create();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object self = receiver.execute(frame);
        if (method != null && self instanceof MemoryView mv) {
            Object[] values = executeAll(frame, arguments);
            if (keywordNames.length == 0) {
                return callMethod.execute(mv, method, values);
            }
            return CallMethodNode.callUncached(mv, method, values, keywordNames);
        }
        Object function = PyOps.getAttribute(self, name);
        Object[] values = executeAll(frame, arguments);
        return dispatch.execute(function, values, keywordNames);
    }
}
