package org.mview.language.nodes.interop;

import org.mview.language.runtime.ForeignValues;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * A value from another language as a Python value ({@link ForeignValues#toPython}), with the common
 * cases in compiled code: ints, floats, booleans, Java strings and JS strings ({@link TruffleString}).
 */
@GenerateUncached
public abstract class ToPythonNode extends Node {

    public abstract Object execute(Object value);

    @Specialization
    static Object doLong(Long value) {
        return value;
    }

    @Specialization
    static Object doInt(Integer value) {
        return (long) (int) value;
    }

    @Specialization
    static Object doDouble(Double value) {
        return value;
    }

    @Specialization
    static Object doBoolean(Boolean value) {
        return value;
    }

    @Specialization
    static Object doString(String value) {
        return value;
    }

    @Specialization
    static Object doTruffleString(TruffleString value,
                    @Cached TruffleString.ToJavaStringNode toJava) {
        return toJava.execute(value);
    }

    @Fallback
    static Object doOther(Object value) {
        return ForeignValues.toPythonFast(value);
    }
}
