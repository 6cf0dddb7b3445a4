package org.mview.language.objects.function;

import com.oracle.truffle.api.nodes.Node;

/**
 * The body of one builtin, as a node of its own call target: a call from the language or from
 * another language is a direct call that the compiler can inline, and what the body caches (a copy
 * node, a specialization) stays with it.
 */
public abstract class BuiltinNode extends Node {

    /**
     * @param self the receiver of a method or the type of a constructor; null for a function
     * @param args positional values followed by keyword values
     * @param keywordNames the names of the keyword values (empty when there are none)
     */
    public abstract Object execute(Object self, Object[] args, String[] keywordNames);
}
