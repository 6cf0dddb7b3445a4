package org.mview.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The guest location that is running now: the innermost call site with a source position, in mview
 * or in the calling language ({@code name.mv:3}, {@code script.js:12}), found by walking the Truffle
 * stack; a call from another language through an uncached interop message has no call node on the
 * stack, and is found through the node that language encapsulates the call in. Costs a stack walk:
 * used only where the option asks for it (export diagnostics).
 */
public final class CallerLocation {

    private CallerLocation() {
    }

    /** {@code source-name:line}, or null when no frame has a source position. */
    @TruffleBoundary
    public static String capture() {
        String site = Truffle.getRuntime().iterateFrames(frame -> location(frame.getCallNode()));
        return site != null ? site : location(EncapsulatingNodeReference.getCurrent().get());
    }

    private static String location(Node node) {
        SourceSection section = node == null ? null : node.getEncapsulatingSourceSection();
        if (section == null || !section.isAvailable()) {
            return null;
        }
        return section.getSource().getName() + ":" + section.getStartLine();
    }
}
