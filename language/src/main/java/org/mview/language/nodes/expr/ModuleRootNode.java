package org.mview.language.nodes.expr;

import org.mview.language.MViewLanguage;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** A whole source: runs its statements and returns the value of the last expression statement (or None). */
public final class ModuleRootNode extends RootNode {

    static final int RESULT_SLOT = 0;

    @Child private MViewExpressionNode body;
    private final SourceSection section;

    public ModuleRootNode(MViewLanguage language, FrameDescriptor descriptor, MViewExpressionNode body, SourceSection section) {
        super(language, descriptor);
        this.body = body;
        this.section = section;
    }

    /** The frame layout of a module: one slot for the result, None until an expression statement runs. */
    public static FrameDescriptor newDescriptor() {
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
        b.defaultValue(org.mview.language.objects.none.PNone.INSTANCE);
        b.addSlot(com.oracle.truffle.api.frame.FrameSlotKind.Object, "<result>", null);
        return b.build();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        body.execute(frame);
        // A value that leaves the language must be an interop value (big ints are not).
        return org.mview.language.runtime.ForeignValues.toInterop(frame.getObject(RESULT_SLOT));
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String getName() {
        return "<module>";
    }
}
