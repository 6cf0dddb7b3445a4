package org.mview.language.objects.function;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/** The call target of a builtin: frame arguments {@code [self, args, keywordNames]}. */
final class BuiltinRootNode extends RootNode {

    @Child private BuiltinNode body;
    private final String name;

    BuiltinRootNode(TruffleLanguage<?> language, String name, BuiltinNode body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        return body.execute(arguments[0], (Object[]) arguments[1], (String[]) arguments[2]);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "builtin " + name;
    }
}
