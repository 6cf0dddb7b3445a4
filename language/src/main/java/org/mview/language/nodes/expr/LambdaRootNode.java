package org.mview.language.nodes.expr;

import org.mview.language.MViewLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** The body of a lambda: copies the arguments {@code [enclosing, p0, p1, ...]} into slots, evaluates the body. */
public final class LambdaRootNode extends RootNode {

    private final int parameterCount;
    @Child private MViewExpressionNode body;
    private final SourceSection section;

    public LambdaRootNode(MViewLanguage language, FrameDescriptor descriptor, int parameterCount, MViewExpressionNode body, SourceSection section) {
        super(language, descriptor);
        this.parameterCount = parameterCount;
        this.body = body;
        this.section = section;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterCount; i++) {
            frame.setObject(i, args[i + 1]);
        }
        return body.execute(frame);
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String getName() {
        return "<lambda>";
    }
}
