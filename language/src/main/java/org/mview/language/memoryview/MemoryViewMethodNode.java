package org.mview.language.memoryview;

import org.mview.language.objects.function.BuiltinNode;

/**
 * A memoryview method as a builtin's body, for the bound method that {@code m.tobytes} makes: calls
 * with positional arguments go through a cached {@link CallMethodNode} (as {@code m.tobytes()} does),
 * calls with keywords through the argument clinic.
 */
final class MemoryViewMethodNode extends BuiltinNode {

    private final MemoryViewMember method;
    @Child private CallMethodNode call = CallMethodNode.create();

    MemoryViewMethodNode(MemoryViewMember method) {
        this.method = method;
    }

    @Override
    public Object execute(Object self, Object[] args, String[] keywordNames) {
        if (keywordNames.length == 0) {
            return call.execute((MemoryView) self, method, args);
        }
        return CallMethodNode.callUncached((MemoryView) self, method, args, keywordNames);
    }
}
