package org.mview.language.nodes.expr;

import com.oracle.truffle.api.dsl.NodeChild;

/** A binary operator whose operands are evaluated left to right by the DSL. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends MViewExpressionNode {
}
