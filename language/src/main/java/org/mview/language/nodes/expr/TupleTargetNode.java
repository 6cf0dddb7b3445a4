package org.mview.language.nodes.expr;

import java.util.Iterator;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.runtime.PyObjects;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code a, b = value}: unpacks an iterable of exactly the right length. */
public final class TupleTargetNode extends TargetNode {

    @Children private final TargetNode[] targets;

    public TupleTargetNode(TargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] values = unpack(value, targets.length);
        for (int i = 0; i < targets.length; i++) {
            targets[i].assign(frame, values[i]);
        }
    }

    @TruffleBoundary
    private static Object[] unpack(Object value, int n) {
        Iterator<Object> it;
        try {
            it = PyOps.iterate(value);
        } catch (PythonError e) {
            if (e.getType() == PythonErrorType.TypeError && e.getPythonMessage().endsWith("is not iterable")) {
                throw PythonError.raise(PythonErrorType.TypeError, "cannot unpack non-iterable " + PyObjects.typeName(value) + " object");
            }
            throw e;
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            if (!it.hasNext()) {
                throw PythonError.raise(PythonErrorType.ValueError, "not enough values to unpack (expected " + n + ", got " + i + ")");
            }
            out[i] = it.next();
        }
        if (it.hasNext()) {
            throw PythonError.raise(PythonErrorType.ValueError, "too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    @Override
    @ExplodeLoop
    public void delete(VirtualFrame frame) {
        for (TargetNode t : targets) {
            t.delete(frame);
        }
    }
}
