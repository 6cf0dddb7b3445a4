package org.mview.language.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** The left side of an assignment or {@code del}: a name, a subscript, an attribute or a tuple of targets. */
public abstract class TargetNode extends Node {

    public abstract void assign(VirtualFrame frame, Object value);

    public abstract void delete(VirtualFrame frame);
}
