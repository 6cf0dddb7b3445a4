package org.mview.language.nodes.expr;

import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyArith;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code x += v} / {@code x[k] += v}: reads the target once, applies the operator, writes back (mview
 * has no in-place operator methods, so {@code +=} on a list builds a new list).
 */
public final class AugmentedAssignNode extends MViewExpressionNode {

    private final PyArith.Op op;
    @Child private MViewExpressionNode object;
    @Child private MViewExpressionNode key;
    @Child private MViewExpressionNode read;
    @Child private TargetNode write;
    @Child private MViewExpressionNode value;

    /** For a name: {@code read} and {@code write}; for a subscript: {@code object} and {@code key}. */
    public AugmentedAssignNode(PyArith.Op op, MViewExpressionNode object, MViewExpressionNode key, MViewExpressionNode read, TargetNode write, MViewExpressionNode value) {
        this.op = op;
        this.object = object;
        this.key = key;
        this.read = read;
        this.write = write;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (object != null) {
            Object o = object.execute(frame);
            Object k = key.execute(frame);
            Object current = PyOps.getItem(o, k);
            PyOps.setItem(o, k, PyArith.binary(op, current, value.execute(frame)));
        } else {
            Object current = read.execute(frame);
            write.assign(frame, PyArith.binary(op, current, value.execute(frame)));
        }
        return PNone.INSTANCE;
    }
}
