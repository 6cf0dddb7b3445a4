package org.mview.tests.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed input always gives a SyntaxError with a position, never an internal error. */
class ParserTest {

    private static Context context;

    @BeforeAll
    static void open() {
        context = Context.newBuilder("mview").build();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static PolyglotException syntaxError(String code) {
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("mview", code));
        assertTrue(e.isSyntaxError(), () -> "not a syntax error: " + e);
        assertFalse(e.isInternalError());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                    "1 +* 2|SyntaxError: invalid syntax|1",
                    "x = )|SyntaxError: unmatched ')'|1",
                    "(1, 2]|SyntaxError: closing parenthesis ']' does not match opening parenthesis '('|1",
                    "'abc|SyntaxError: unterminated string literal (detected at line 1)|1",
                    "x = 1\\n  y = 2|SyntaxError: unexpected indent|2",
                    "1 $ 2|SyntaxError: invalid syntax|1",
                    "b'\\xZZ'|SyntaxError: (value error) invalid \\x escape at position 0|1",
                    "'\\xZ'|SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape|1",
                    "b'é'|SyntaxError: bytes can only contain ASCII literal characters|1",
                    "007|SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1",
                    "1 = x|SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?|1",
                    "f(x=1, 2)|SyntaxError: positional argument follows keyword argument|1",
                    "try:\\n  pass\\nx = 1|SyntaxError: expected 'except' or 'finally' block|3",
                    "with x:\\ny|SyntaxError: expected an indented block after 'with' statement on line 1|2",
                    "1 if 2|SyntaxError: expected 'else' after 'if' expression|1",
    })
    void malformed(String code, String message, int line) {
        PolyglotException e = syntaxError(code.replace("\\n", "\n"));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.getSourceLocation() == null ? line : e.getSourceLocation().getStartLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(1 +", "[1, 2", "with x:", "x = 1 + \\", "'''abc", "try:\n  pass\n", "f(1,\n 2"})
    void incomplete(String code) {
        PolyglotException e = syntaxError(code);
        assertTrue(e.isIncompleteSource(), () -> code + ": " + e.getMessage());
    }

    @Test
    void completeInputIsNotIncomplete() {
        PolyglotException e = syntaxError("1 +* 2");
        assertFalse(e.isIncompleteSource());
    }

    @Test
    void deepNesting() {
        PolyglotException e = syntaxError("(".repeat(300) + "1" + ")".repeat(300));
        assertEquals("SyntaxError: too many nested parentheses", e.getMessage());
        PolyglotException f = syntaxError("-(".repeat(150) + "1" + ")".repeat(150));
        assertTrue(f.getMessage().startsWith("SyntaxError: too many nested parentheses"));
    }

    @Test
    void deepUnaryChainNeverOverflows() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("mview", "-".repeat(100_000) + "1"));
        assertTrue(e.isGuestException());
        assertFalse(e.isInternalError());
    }

    @Test
    void randomGarbageIsAlwaysAGuestError() {
        Random random = new Random(42);
        String alphabet = "()[]{}:;,.=+-*/%'\"\\\n\t #xyz019abrlmnep_@!$?~<>&|^é\u0000";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = sb.toString();
            try {
                context.eval("mview", code);
            } catch (PolyglotException e) {
                assertTrue(e.isGuestException() && !e.isInternalError(), () -> "internal error on " + code + ": " + e);
            }
        }
    }
}
