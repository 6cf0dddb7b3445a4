package org.mview.language.nodes.interop;

import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** The arguments of an interop call as Python values, one cached {@link ToPythonNode} per position. */
@GenerateUncached
public abstract class ToPythonArgumentsNode extends Node {

    static final int ARITY_LIMIT = 2;

    public abstract Object[] execute(Object[] arguments);

    @Specialization(guards = "arguments.length == converters.length", limit = "ARITY_LIMIT")
    @ExplodeLoop
    static Object[] doCached(Object[] arguments,
                    @Cached("createConverters(arguments.length)") ToPythonNode[] converters) {
        Object[] values = new Object[converters.length];
        for (int i = 0; i < converters.length; i++) {
            values[i] = converters[i].execute(arguments[i]);
        }
        return values;
    }

    @Specialization(replaces = "doCached")
    static Object[] doGeneric(Object[] arguments) {
        return ForeignValues.toPythonAll(arguments);
    }

    static ToPythonNode[] createConverters(int count) {
        ToPythonNode[] converters = new ToPythonNode[count];
        for (int i = 0; i < count; i++) {
            converters[i] = ToPythonNodeGen.create();
        }
        return converters;
    }
}
