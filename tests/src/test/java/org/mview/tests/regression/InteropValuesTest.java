package org.mview.tests.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.mview.tests.MViewTestSupport;

/**
 * Every value that leaves the language is an interop value (issue 11, defect 1): eval results,
 * global reads, lambda and builtin results, members, array elements and iterator items. Big ints were
 * plain {@code BigInteger}s and made the engine fail with an internal error; surefire runs with
 * {@code -ea}, so Truffle's own check of eval results is active here.
 */
class InteropValuesTest extends MViewTestSupport {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Value eval(String code) {
        return context.eval("mview", code);
    }

    @Test
    void bigIntAsTheValueOfASource() {
        Value v = eval("2**64");
        assertTrue(v.fitsInBigInteger());
        assertEquals(TWO_64, v.asBigInteger());
        assertEquals("18446744073709551616", v.toString());
        assertEquals(TWO_64.subtract(BigInteger.ONE), eval("memoryview(bytearray(b'\\xff'*8)).cast('Q')[0]").asBigInteger());
        assertEquals(BigInteger.ONE.shiftLeft(70).negate(), eval("-2**70").asBigInteger());
    }

    @Test
    void bigIntFromGlobalsLambdasBuiltinsAndMembers() {
        eval("big = 2**64\nf = lambda x: x * 2**64\nq = memoryview(bytearray(b'\\xff'*16)).cast('Q')");
        Value globals = context.getBindings("mview");
        assertEquals(TWO_64, globals.getMember("big").asBigInteger());
        assertEquals(TWO_64.multiply(BigInteger.valueOf(3)), globals.getMember("f").execute(3).asBigInteger());
        assertEquals(TWO_64, globals.getMember("int").execute("18446744073709551616").asBigInteger());
        assertEquals(TWO_64, globals.getMember("abs").execute(globals.getMember("big")).asBigInteger());
        Value q = globals.getMember("q");
        BigInteger max = TWO_64.subtract(BigInteger.ONE);
        assertEquals(max, q.getArrayElement(1).asBigInteger());
        assertEquals(max, q.invokeMember("tolist").getArrayElement(0).asBigInteger());
        Value iterator = q.getIterator();
        assertEquals(max, iterator.getIteratorNextElement().asBigInteger());
        assertEquals(max, eval("(2**64 - 1, [2**64 - 1])").getArrayElement(1).getArrayElement(0).asBigInteger());
    }

    @Test
    void everyKindOfValueCrossesAsAnInteropValue() {
        List<String> values = List.of("iter([2**64])", "reversed([1])", "1", "2**63", "-2**63 - 1", "1.5", "True", "None", "'s'", "b'b'", "bytearray(b'a')", "[2**64]", "(2**64,)",
                        "range(3)", "slice(1, 2**70)", "...", "memoryview(b'ab')", "type(1)", "len", "lambda: 1", "ValueError('x')",
                        "PyMemoryView_GET_BUFFER(memoryview(b'ab'))", "iter(memoryview(b'ab'))");
        for (String code : values) {
            Value v = eval(code);
            assertTrue(v.toString().length() > 0, code);
        }
        assertEquals(BigInteger.TWO.pow(64), eval("iter([2**64])").getIteratorNextElement().asBigInteger());
        assertEquals(4, eval("range(1, 9, 2)").getArraySize());
        assertEquals(7, eval("range(1, 9, 2)").getArrayElement(3).asLong());
        assertEquals(BigInteger.TWO.pow(70), eval("slice(1, 2**70)").getMember("stop").asBigInteger());
        assertEquals("slice(1, 2, None)", eval("slice(1, 2)").toString());
    }
}
