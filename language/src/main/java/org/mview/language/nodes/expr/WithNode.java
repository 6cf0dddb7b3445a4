package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code with EXPR [as TARGET]: BODY}: {@code __enter__}, the body, then {@code __exit__} also on an exception. */
public final class WithNode extends MViewExpressionNode {

    @Child private MViewExpressionNode manager;
    @Child private TargetNode target;
    @Child private MViewExpressionNode body;

    public WithNode(MViewExpressionNode manager, TargetNode target, MViewExpressionNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object cm = manager.execute(frame);
        Object exit = lookupExit(cm);
        Object entered = PyOps.call(PyOps.getAttribute(cm, "__enter__"), new Object[0], new String[0]);
        try {
            if (target != null) {
                target.assign(frame, entered);
            }
            body.execute(frame);
        } catch (PythonError e) {
            if (!exitWithError(exit, e)) {
                throw e;
            }
            return PNone.INSTANCE;
        }
        callExit(exit, new Object[]{PNone.INSTANCE, PNone.INSTANCE, PNone.INSTANCE});
        return PNone.INSTANCE;
    }

    @TruffleBoundary
    private static Object lookupExit(Object cm) {
        return PyOps.getAttribute(cm, "__exit__");
    }

    @TruffleBoundary
    private static boolean exitWithError(Object exit, PythonError e) {
        Object type = org.mview.language.objects.type.TypeBuiltins.typeOf(e);
        return PyOps.isTrue(callExit(exit, new Object[]{type, e, PNone.INSTANCE}));
    }

    @TruffleBoundary
    private static Object callExit(Object exit, Object[] args) {
        return PyOps.call(exit, args, new String[0]);
    }
}
