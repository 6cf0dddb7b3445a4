package org.mview.tests.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation results, printed output and error messages of the expression language. */
class ExpressionTest {

    private static String repr(String code) {
        try (Context context = Context.newBuilder("mview").build()) {
            int semi = code.lastIndexOf("; ");
            if (semi >= 0) {
                context.eval("mview", code.substring(0, semi));
                code = code.substring(semi + 2);
            }
            return context.eval("mview", "repr(" + code + ")").asString();
        }
    }

    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mview").out(out).build()) {
            context.eval("mview", code);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String error(String code) {
        try (Context context = Context.newBuilder("mview").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("mview", code));
            assertTrue(e.isGuestException());
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                    "0.1|0.1", "1e-5|1e-05", "1e16|1e+16", "1e22|1e+22", "10000000000000.0|10000000000000.0", "float('inf')|inf", "-float('inf')|-inf",
                    "float('nan')|nan", "-0.0|-0.0", "2**64|18446744073709551616", "-7 // 2|-4", "-7 % 3|2", "7 % -3|-2", "7.5 % -2|-0.5",
                    "True + 1|2", "1 == 1.0 == True|True", "(1,)|(1,)", "()|()", "[1, 'a', b'b']|[1, 'a', b'b']", "b'\\x00\\'\"'|b'\\x00\\'\"'",
                    "'a' 'b'|'ab'", "len|<built-in function len>", "int|<class 'int'>", "type(b'')|<class 'bytes'>", "None|None", "...|Ellipsis",
                    "m = 1; m|1", "(lambda x, y=2: x * y)(3)|6", "1 < 2 < 3 > 2|True", "0 or [] or 'z'|'z'", "1 and 0|0", "not None|True",
                    "9223372036854775807 + 1|9223372036854775808", "-9223372036854775808 * -1|9223372036854775808", "3037000500 ** 2|9223372037000250000",
                    "bytearray(b'ab') + b'c'|bytearray(b'abc')", "b'ab' * 2|b'abab'", "list(range(1, 7, 2))|[1, 3, 5]", "range(3)|range(0, 3)",
                    "memoryview(b'abcd')[1:3].tobytes()|b'bc'", "memoryview(b'abcd').cast('B', [2, 2])[1, 0]|99", "memoryview(b'ab')[::-1].tolist()|[98, 97]",
                    "memoryview(b'ab') == b'ab'|True", "b'ab' == memoryview(b'ab')|True", "memoryview(b'ab') != b'ac'|True",
                    "hash(memoryview(b'xy')) == hash(b'xy')|True", "hash(-1)|-2", "hash(2**61)|1", "hash(1.5)|1152921504606846977", "hash((1, 2))|-3550055125485641917",
                    "isinstance(True, int)|True", "isinstance(1, (str, float))|False", "type(ValueError('x')).__name__|'ValueError'",
                    "str(ValueError('boom'))|'boom'", "bytes.fromhex('0a ff')|b'\\n\\xff'", "b'\\x01\\xab'.hex()|'01ab'", "sum([1, 2.5])|3.5",
                    "min('b', 'a')|'a'", "max([3, 9, 2])|9", "abs(-2.5)|2.5", "int('0x1f', 16)|31", "int(' -12 ')|-12", "float('1_0.5')|10.5", "'héllo'[1]|'é'",
                    "[1, 2, 3][::-1]|[3, 2, 1]", "'\\N{BULLET}'|'•'", "'\\u00e9\\U0001F600'|'é😀'", "'\\x7f\\x00'|'\\x7f\\x00'", "r'\\d'|'\\\\d'",
    })
    void evaluates(String code, String expected) {
        assertEquals(expected, repr(code));
    }

    @Test
    void statementsAndLastValue() {
        try (Context context = Context.newBuilder("mview").build()) {
            assertEquals(3, context.eval("mview", "a = 1\nb = a + 2\nb").asInt());
            assertTrue(context.eval("mview", "x = 5").isNull());
            assertEquals(1, context.eval("mview", "a").asInt());
            assertEquals(7, context.eval("mview", "a, b = 7, 8; a").asInt());
            assertEquals("bytearray(b'aXYd')", context.eval("mview", "ba = bytearray(b'abcd'); m = memoryview(ba); m[1:3] = b'XY'; repr(ba)").asString());
            assertEquals("bytearray(b'Zb')", context.eval("mview", "ba = bytearray(b'ab'); ba[0] = 90; repr(ba)").asString());
            assertEquals(2, context.eval("mview", "z = 1\nif z > 0:\n    w = 2\nelse:\n    w = 3\nw").asInt());
            assertEquals(11, context.eval("mview", "q = 10\nq += 1\nq").asInt());
        }
    }

    @Test
    void lambdaIsExecutableFromJava() {
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            Value f = context.eval("mview", "lambda b: memoryview(b).cast('d')[::2]");
            assertTrue(f.canExecute());
            byte[] data = new byte[32];
            java.nio.ByteBuffer.wrap(data).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(0, 1.5).putDouble(16, 2.5);
            Value view = f.execute(data);
            assertEquals(2, view.getArraySize());
            assertEquals(2.5, view.getArrayElement(1).asDouble());
            assertTrue(context.eval("mview", "lambda: 0").toString().startsWith("<function <lambda> at 0x"));
        }
    }

    @Test
    void polyglotBindingsAreGlobals() {
        try (Context context = Context.newBuilder("mview").allowAllAccess(true).build()) {
            context.getBindings("mview").putMember("data", new byte[]{1, 2, 3});
            context.getBindings("mview").putMember("n", 41);
            assertEquals(42, context.eval("mview", "n + 1").asInt());
            assertEquals(3, context.eval("mview", "len(memoryview(data))").asInt());
            assertEquals(6, context.eval("mview", "sum(memoryview(data))").asInt());
        }
    }

    @Test
    void printWritesToContextOutput() {
        assertEquals("1 2\n", run("print(1, 2)"));
        assertEquals("a-b!", run("print('a', 'b', sep='-', end='!')"));
        assertEquals("b'x' bytearray(b'') [1.0] (None,)\n", run("print(b'x', bytearray(), [1.0], (None,))"));
        assertEquals("TypeError division by zero\n", run("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('TypeError', e)"));
        assertEquals("exit\n", run("with memoryview(b'a') as m:\n    pass\nprint('exit' if '<released' in repr(m) else 'open')"));
        assertEquals("released\n", run("try:\n    with memoryview(b'a') as m:\n        1 / 0\nexcept ZeroDivisionError:\n    print('released' if 'released' in repr(m) else 'no')"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                    "x|NameError: name 'x' is not defined",
                    "1 + 'a'|TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                    "(1)[0]|TypeError: 'int' object is not subscriptable",
                    "(1)()|TypeError: 'int' object is not callable",
                    "(1).x|AttributeError: 'int' object has no attribute 'x'",
                    "1 / 0|ZeroDivisionError: division by zero",
                    "1 // 0|ZeroDivisionError: integer division or modulo by zero",
                    "1.0 / 0|ZeroDivisionError: float division by zero",
                    "len(1)|TypeError: object of type 'int' has no len()",
                    "len()|TypeError: len() takes exactly one argument (0 given)",
                    "bytes(-1)|ValueError: negative count",
                    "bytes('a')|TypeError: string argument without an encoding",
                    "bytes([256])|ValueError: bytes must be in range(0, 256)",
                    "int('x')|ValueError: invalid literal for int() with base 10: 'x'",
                    "float('x')|ValueError: could not convert string to float: 'x'",
                    "min([])|ValueError: min() iterable argument is empty",
                    "hash([])|TypeError: unhashable type: 'list'",
                    "'a' + b'a'|TypeError: can only concatenate str (not \"bytes\") to str",
                    "b'a' + 'a'|TypeError: can't concat str to bytes",
                    "1 < 'a'|TypeError: '<' not supported between instances of 'int' and 'str'",
                    "a, b = 1|TypeError: cannot unpack non-iterable int object",
                    "a, b = [1]|ValueError: not enough values to unpack (expected 2, got 1)",
                    "(1, 2)[0] = 1|TypeError: 'tuple' object does not support item assignment",
                    "del memoryview(b'a')[0]|TypeError: cannot modify read-only memory",
                    "memoryview(b'a')[0] = 1|TypeError: cannot modify read-only memory",
                    "int.x|AttributeError: type object 'int' has no attribute 'x'",
                    "(lambda x: x)()|TypeError: <lambda>() missing 1 required positional argument: 'x'",
                    "f = lambda: f(); f()|RecursionError: maximum recursion depth exceeded",
                    "raise ValueError('v')|ValueError: v",
                    "isinstance(1, 1)|TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
    })
    void errors(String code, String message) {
        assertEquals(message, error(code));
    }
}
