package org.mview.language.nodes.expr;

import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A comparison chain {@code a < b == c ...}: each operand evaluated once, stops at the first false. */
public final class CompareNode extends MViewExpressionNode {

    @Children private final MViewExpressionNode[] operands;
    private final String[] ops;

    public CompareNode(MViewExpressionNode[] operands, String[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            if (!compare(ops[i], left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    @TruffleBoundary
    static boolean compare(String op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            switch (op) {
                case "==":
                    return l == r;
                case "!=":
                    return l != r;
                case "<":
                    return l < r;
                case "<=":
                    return l <= r;
                case ">":
                    return l > r;
                case ">=":
                    return l >= r;
                default:
                    break;
            }
        }
        return switch (op) {
            case "==" -> PyOps.equal(a, b);
            case "!=" -> !PyOps.equal(a, b);
            case "is" -> PyOps.is(a, b);
            case "is not" -> !PyOps.is(a, b);
            case "in" -> PyOps.contains(b, a);
            case "not in" -> !PyOps.contains(b, a);
            default -> PyOps.order(op, a, b);
        };
    }
}
