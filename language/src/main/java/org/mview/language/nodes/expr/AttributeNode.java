package org.mview.language.nodes.expr;

import org.mview.language.memoryview.MemoryView;
import org.mview.language.memoryview.MemoryViewMember;
import org.mview.language.memoryview.ReadMemberNode;
import org.mview.language.runtime.PyOps;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code obj.name}. The name is a constant of the source, so the memoryview member it names is
 * resolved once, when the node is made; a view's attribute read is then a {@link ReadMemberNode}
 * with that member cached. Other receivers take the generic lookup.
 */
public final class AttributeNode extends MViewExpressionNode {

    @Child private MViewExpressionNode object;
    @Child private ReadMemberNode readMember;
    private final String name;
    private final MemoryViewMember member;

    public AttributeNode(MViewExpressionNode object, String name) {
        this.object = object;
        this.name = name;
        this.member = MemoryViewMember.lookup(name);
        this.readMember = member == null ? null : ReadMemberNode.create();
    }

    public MViewExpressionNode object() {
        return object;
    }

    public String name() {
        return name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = object.execute(frame);
        if (member != null && value instanceof MemoryView mv) {
            return readMember.execute(mv, member);
        }
        return PyOps.getAttribute(value, name);
    }
}
