package org.mview.language.nodes.expr;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.MemoryViewMember;
import org.mview.language.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code obj.name = value}: no mview object has writable attributes, so this raises CPython's error. */
public final class AttributeTargetNode extends TargetNode {

    @Child private MViewExpressionNode object;
    private final String name;

    public AttributeTargetNode(MViewExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        throw error(object.execute(frame), name, false);
    }

    @Override
    public void delete(VirtualFrame frame) {
        throw error(object.execute(frame), name, true);
    }

    @TruffleBoundary
    private static PythonError error(Object obj, String name, boolean delete) {
        String type = PyObjects.typeName(obj);
        MemoryViewMember member = obj instanceof MemoryView ? MemoryViewMember.lookup(name) : null;
        if (member != null && !member.isMethod()) {
            return PythonError.raise(PythonErrorType.AttributeError, "attribute '" + name + "' of 'memoryview' objects is not writable");
        }
        if (member != null) {
            return PythonError.raise(PythonErrorType.AttributeError, "'memoryview' object attribute '" + name + "' is read-only");
        }
        return PythonError.raise(PythonErrorType.AttributeError, "'" + type + "' object has no attribute '" + name + "'" + (delete ? "" : " and no __dict__ for setting new attributes"));
    }
}
