package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.objects.none.PNone;
import org.mview.language.objects.tuple.PTuple;
import org.mview.language.objects.type.PType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code try: ... except T as e: ... else: ... finally: ...}. */
public final class TryNode extends MViewExpressionNode {

    @Child private MViewExpressionNode body;
    @Children private final MViewExpressionNode[] handlerTypes; // null element: bare except
    @Children private final TargetNode[] handlerTargets; // null element: no "as"
    @Children private final MViewExpressionNode[] handlerBodies;
    @Child private MViewExpressionNode orElse;
    @Child private MViewExpressionNode finallyBody;

    public TryNode(MViewExpressionNode body, MViewExpressionNode[] handlerTypes, TargetNode[] handlerTargets, MViewExpressionNode[] handlerBodies, MViewExpressionNode orElse,
                    MViewExpressionNode finallyBody) {
        this.body = body;
        this.handlerTypes = handlerTypes;
        this.handlerTargets = handlerTargets;
        this.handlerBodies = handlerBodies;
        this.orElse = orElse;
        this.finallyBody = finallyBody;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            boolean ok = false;
            try {
                body.execute(frame);
                ok = true;
            } catch (PythonError e) {
                handle(frame, e);
            }
            if (ok && orElse != null) {
                orElse.execute(frame);
            }
        } finally {
            if (finallyBody != null) {
                finallyBody.execute(frame);
            }
        }
        return PNone.INSTANCE;
    }

    private void handle(VirtualFrame frame, PythonError e) {
        for (int i = 0; i < handlerBodies.length; i++) {
            if (handlerTypes[i] == null || matches(e, handlerTypes[i].execute(frame))) {
                if (handlerTargets[i] == null) {
                    handlerBodies[i].execute(frame);
                    return;
                }
                handlerTargets[i].assign(frame, e);
                try {
                    handlerBodies[i].execute(frame);
                } finally {
                    // CPython ends the handler with "e = None; del e": the name is unbound afterwards.
                    handlerTargets[i].assign(frame, PNone.INSTANCE);
                    handlerTargets[i].delete(frame);
                }
                return;
            }
        }
        throw e;
    }

    @TruffleBoundary
    private static boolean matches(PythonError e, Object type) {
        if (type instanceof PTuple t) {
            for (Object item : t.items()) {
                if (matches(e, item)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof PType p && p.errorType() != null) {
            return e.getType().isSubclassOf(p.errorType());
        }
        throw PythonError.raise(PythonErrorType.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
}
