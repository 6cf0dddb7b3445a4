package org.mview.language.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** Reads a lambda parameter: a frame slot of this lambda ({@code depth} 0) or of an enclosing one. */
public final class LocalReadNode extends MViewExpressionNode {

    private final int slot;
    private final int depth;

    public LocalReadNode(int slot, int depth) {
        this.slot = slot;
        this.depth = depth;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Frame f = frame;
        for (int i = 0; i < depth; i++) {
            f = (Frame) f.getArguments()[0];
        }
        if (f == null) {
            CompilerDirectives.transferToInterpreter();
            throw new IllegalStateException("closure frame missing");
        }
        return f.getObject(slot);
    }
}
