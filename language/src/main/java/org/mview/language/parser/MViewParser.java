package org.mview.language.parser;

import java.util.ArrayList;
import java.util.List;

import org.mview.language.MViewLanguage;
import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.nodes.expr.AddNodeGen;
import org.mview.language.nodes.expr.AssertNode;
import org.mview.language.nodes.expr.AssignNode;
import org.mview.language.nodes.expr.AttributeNode;
import org.mview.language.nodes.expr.AttributeTargetNode;
import org.mview.language.nodes.expr.AugmentedAssignNode;
import org.mview.language.nodes.expr.BlockNode;
import org.mview.language.nodes.expr.CallNode;
import org.mview.language.nodes.expr.CompareNode;
import org.mview.language.nodes.expr.ConditionalNode;
import org.mview.language.nodes.expr.DeleteNode;
import org.mview.language.nodes.expr.ExpressionStatementNode;
import org.mview.language.nodes.expr.GenericBinaryNode;
import org.mview.language.nodes.expr.GlobalReadNode;
import org.mview.language.nodes.expr.LambdaNode;
import org.mview.language.nodes.expr.LambdaRootNode;
import org.mview.language.nodes.expr.ListNode;
import org.mview.language.nodes.expr.LiteralNode;
import org.mview.language.nodes.expr.MethodCallNode;
import org.mview.language.nodes.expr.LocalReadNode;
import org.mview.language.nodes.expr.LogicalNode;
import org.mview.language.nodes.expr.MViewExpressionNode;
import org.mview.language.nodes.expr.ModuleRootNode;
import org.mview.language.nodes.expr.MulNodeGen;
import org.mview.language.nodes.expr.NameTargetNode;
import org.mview.language.nodes.expr.NotNode;
import org.mview.language.nodes.expr.RaiseNode;
import org.mview.language.nodes.expr.SliceNode;
import org.mview.language.nodes.expr.SubNodeGen;
import org.mview.language.nodes.expr.SubscriptNode;
import org.mview.language.nodes.expr.SubscriptTargetNode;
import org.mview.language.nodes.expr.TargetNode;
import org.mview.language.nodes.expr.TryNode;
import org.mview.language.nodes.expr.TupleNode;
import org.mview.language.nodes.expr.TupleTargetNode;
import org.mview.language.nodes.expr.UnaryNode;
import org.mview.language.nodes.expr.WithNode;
import org.mview.language.objects.bytes.PBytes;
import org.mview.language.objects.ellipsis.PEllipsis;
import org.mview.language.objects.none.PNone;
import org.mview.language.runtime.PyArith;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

/**
 * The hand-written recursive-descent parser of mview, a Python-compatible subset. It builds Truffle
 * nodes directly. The grammar (PEG-style EBNF, as Python's own grammar writes it):
 *
 * <pre>
 * file          = { statement } EOF
 * statement     = compound | simple_stmts
 * simple_stmts  = simple { ";" simple } [ ";" ] NEWLINE
 * simple        = "pass" | "del" targets | "raise" [ expression ] | "assert" expression [ "," expression ]
 *               | star_exprs { "=" star_exprs }              (all but the last are targets)
 *               | target augop expression                    (augop: += -= *= /= //= %= **= &lt;&lt;= &gt;&gt;= &amp;= |= ^=)
 * compound      = "with" expression [ "as" target ] ":" block
 *               | "try" ":" block { "except" [ expression [ "as" NAME ] ] ":" block } [ "else" ":" block ] [ "finally" ":" block ]
 *               | "if" named ":" block { "elif" expression ":" block } [ "else" ":" block ]
 * block         = NEWLINE INDENT { statement } DEDENT | simple_stmts
 * star_exprs    = expression { "," expression } [ "," ]       (a tuple when a comma is present)
 * expression    = lambda | disjunction [ "if" disjunction "else" expression ]
 * lambda        = "lambda" [ param { "," param } ] ":" expression        param = NAME [ "=" expression ]
 * disjunction   = conjunction { "or" conjunction }
 * conjunction   = inversion { "and" inversion }
 * inversion     = "not" inversion | comparison
 * comparison    = bitor { compop bitor }     compop: == != &lt; &lt;= &gt; &gt;= in "not in" is "is not"
 * bitor         = bitxor { "|" bitxor }     bitxor = bitand { "^" bitand }     bitand = shift { "&amp;" shift }
 * shift         = sum { ("&lt;&lt;" | "&gt;&gt;") sum }
 * sum           = term { ("+" | "-") term }
 * term          = factor { ("*" | "/" | "//" | "%" | "@") factor }
 * factor        = ("+" | "-" | "~") factor | power
 * power         = primary [ "**" factor ]
 * primary       = atom { "." NAME | "(" [ args ] ")" | "[" slices "]" }
 * args          = arg { "," arg } [ "," ]       arg = NAME "=" expression | expression
 * slices        = slice { "," slice } [ "," ]   (a tuple when a comma is present)
 * slice         = [ expression ] ":" [ expression ] [ ":" [ expression ] ] | expression
 * atom          = NAME | NUMBER | STRING { STRING } | BYTES { BYTES } | "True" | "False" | "None" | "..."
 *               | "(" [ star_exprs ] ")" | "[" [ expression { "," expression } [ "," ] ] "]"
 * </pre>
 *
 * Errors are {@code SyntaxError}s with CPython's messages and 1-based positions; input that ends
 * inside a construct raises {@link PythonError#incompleteInput} so that a REPL can ask for more.
 */
public final class MViewParser {

    /** Deepest expression nesting before the parser gives up, as CPython's compiler does. */
    private static final int MAX_DEPTH = 400;
    /**
     * Longest chain of binary operators: {@code 1+1+...} builds a left-leaning tree as deep as the
     * chain, which the interpreter executes recursively. CPython's compiler gives up between 5,000 and
     * 20,000 terms with the same RecursionError.
     */
    private static final int MAX_CHAIN = 3000;

    private final MViewLanguage language;
    private final Source source;
    private final List<Token> tokens;
    private int p;
    private int depth;
    /** Parameter lists of the enclosing lambdas, innermost last. */
    private final List<String[]> scopes = new ArrayList<>();

    private MViewParser(MViewLanguage language, Source source, List<Token> tokens) {
        this.language = language;
        this.source = source;
        this.tokens = tokens;
    }

    public static RootNode parse(MViewLanguage language, Source source) {
        String text = source.getCharacters().toString();
        try {
            MViewParser parser = new MViewParser(language, source, Lexer.tokenize(text));
            MViewExpressionNode body = parser.file();
            return new ModuleRootNode(language, ModuleRootNode.newDescriptor(), body, source.createSection(0, text.length()));
        } catch (StackOverflowError e) {
            throw PythonError.raise(PythonErrorType.RecursionError, "maximum recursion depth exceeded during compilation");
        } catch (PythonError e) {
            throw e.getType() == PythonErrorType.SyntaxError ? e.inSource(source) : e;
        }
    }

    // ---- token helpers ----------------------------------------------------------------------

    private Token peek() {
        return tokens.get(p);
    }

    private Token peekAt(int k) {
        return tokens.get(Math.min(p + k, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(p);
        if (t.kind() != Token.Kind.EOF) {
            p++;
        }
        return t;
    }

    private boolean at(String op) {
        Token t = peek();
        return (t.kind() == Token.Kind.OP || t.kind() == Token.Kind.NAME) && t.text().equals(op);
    }

    private boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            throw unexpected();
        }
        return next();
    }

    private int prevEnd() {
        return p == 0 ? 0 : tokens.get(p - 1).end();
    }

    private PythonError unexpected() {
        Token t = peek();
        if (t.kind() == Token.Kind.EOF) {
            return PythonError.incompleteInput("unexpected EOF while parsing", t.line(), t.column());
        }
        if (t.kind() == Token.Kind.INDENT) {
            return PythonError.syntaxError("unexpected indent", t.line(), t.column());
        }
        return PythonError.syntaxError("invalid syntax", t.line(), t.column());
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw PythonError.syntaxError("too many nested parentheses", t.line(), t.column());
        }
    }

    // ---- statements -------------------------------------------------------------------------

    private MViewExpressionNode file() {
        List<MViewExpressionNode> statements = new ArrayList<>();
        while (peek().kind() == Token.Kind.NEWLINE) {
            next();
        }
        while (peek().kind() != Token.Kind.EOF) {
            statement(statements);
        }
        // Only the last statement's value is the source's value: other expression statements drop
        // theirs at once, as Python does (a kept temporary view would lock its bytearray).
        if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof ExpressionStatementNode last) {
            last.keepAsResult();
        }
        return new BlockNode(statements.toArray(new MViewExpressionNode[0]));
    }

    private void statement(List<MViewExpressionNode> out) {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw PythonError.syntaxError("unexpected indent", t.line(), t.column());
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "with":
                    out.add(withStatement());
                    return;
                case "try":
                    out.add(tryStatement());
                    return;
                case "if":
                    out.add(ifStatement());
                    return;
                case "for", "while", "def", "class", "import", "from", "return", "break", "continue", "global", "nonlocal", "yield", "async", "await":
                    throw PythonError.syntaxError("'" + t.text() + "' is not supported by mview", t.line(), t.column());
                default:
                    break;
            }
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<MViewExpressionNode> out) {
        out.add(simpleStatement());
        while (accept(";")) {
            if (peek().kind() == Token.Kind.NEWLINE) {
                break;
            }
            out.add(simpleStatement());
        }
        if (peek().kind() != Token.Kind.NEWLINE) {
            throw unexpected();
        }
        next();
    }

    private MViewExpressionNode simpleStatement() {
        Token t = peek();
        int start = t.start();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new BlockNode(new MViewExpressionNode[0]).at(start, prevEnd());
                case "del": {
                    next();
                    List<TargetNode> targets = new ArrayList<>();
                    do {
                        if (peek().kind() == Token.Kind.NEWLINE || at(";")) {
                            break;
                        }
                        targets.add(target(bitOr(), true));
                    } while (accept(","));
                    if (targets.isEmpty()) {
                        throw unexpected();
                    }
                    return new DeleteNode(targets.toArray(new TargetNode[0])).at(start, prevEnd());
                }
                case "raise": {
                    next();
                    MViewExpressionNode e = peek().kind() == Token.Kind.NEWLINE || at(";") ? null : expression();
                    if (accept("from")) {
                        expression();
                    }
                    return new RaiseNode(e).at(start, prevEnd());
                }
                case "assert": {
                    next();
                    MViewExpressionNode c = expression();
                    MViewExpressionNode m = accept(",") ? expression() : null;
                    return new AssertNode(c, m).at(start, prevEnd());
                }
                default:
                    break;
            }
        }
        MViewExpressionNode first = starExpressions();
        Token op = peek();
        if (op.kind() == Token.Kind.OP && op.text().length() >= 2 && op.text().endsWith("=") && !op.text().equals("==") && !op.text().equals("<=") && !op.text().equals(">=") &&
                        !op.text().equals("!=")) {
            return augmented(first, op, start);
        }
        if (!at("=")) {
            return new ExpressionStatementNode(first, source.isInteractive()).at(start, prevEnd());
        }
        List<MViewExpressionNode> parts = new ArrayList<>();
        parts.add(first);
        while (accept("=")) {
            parts.add(starExpressions());
        }
        TargetNode[] targets = new TargetNode[parts.size() - 1];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(parts.get(i), false);
        }
        return new AssignNode(targets, parts.get(parts.size() - 1)).at(start, prevEnd());
    }

    private MViewExpressionNode augmented(MViewExpressionNode targetExpr, Token op, int start) {
        if (op.text().equals(":=")) {
            throw PythonError.syntaxError("invalid syntax", op.line(), op.column());
        }
        next();
        PyArith.Op arith = binaryOp(op.text().substring(0, op.text().length() - 1));
        MViewExpressionNode value = expression();
        if (targetExpr instanceof GlobalReadNode || targetExpr instanceof LocalReadNode) {
            TargetNode write = target(targetExpr, false);
            return new AugmentedAssignNode(arith, null, null, targetExpr, write, value).at(start, prevEnd());
        } else if (targetExpr instanceof SubscriptNode s) {
            return new AugmentedAssignNode(arith, s.object(), s.key(), null, null, value).at(start, prevEnd());
        }
        throw PythonError.syntaxError("'" + describe(targetExpr) + "' is an illegal expression for augmented assignment", op.line(), op.column());
    }

    private static PyArith.Op binaryOp(String s) {
        return switch (s) {
            case "+" -> PyArith.Op.ADD;
            case "-" -> PyArith.Op.SUB;
            case "*" -> PyArith.Op.MUL;
            case "/" -> PyArith.Op.TRUEDIV;
            case "//" -> PyArith.Op.FLOORDIV;
            case "%" -> PyArith.Op.MOD;
            case "**" -> PyArith.Op.POW;
            case "<<" -> PyArith.Op.LSHIFT;
            case ">>" -> PyArith.Op.RSHIFT;
            case "&" -> PyArith.Op.AND;
            case "|" -> PyArith.Op.OR;
            case "^" -> PyArith.Op.XOR;
            default -> PyArith.Op.MATMUL;
        };
    }

    /** Names recorded while parsing targets: which node came from which name. */
    private final java.util.IdentityHashMap<MViewExpressionNode, String> names = new java.util.IdentityHashMap<>();

    private TargetNode target(MViewExpressionNode e, boolean delete) {
        Token t = tokens.get(Math.max(0, p - 1));
        if (e instanceof GlobalReadNode && names.containsKey(e)) {
            return new NameTargetNode(names.get(e));
        } else if (e instanceof LocalReadNode) {
            throw PythonError.syntaxError("cannot assign to a lambda parameter in mview", t.line(), t.column());
        } else if (e instanceof SubscriptNode s) {
            return new SubscriptTargetNode(s.object(), s.key());
        } else if (e instanceof AttributeNode a) {
            return new AttributeTargetNode(a.object(), a.name());
        } else if ((e instanceof TupleNode || e instanceof ListNode) && tupleItems.containsKey(e)) {
            MViewExpressionNode[] items = tupleItems.get(e);
            TargetNode[] targets = new TargetNode[items.length];
            for (int i = 0; i < items.length; i++) {
                targets[i] = target(items[i], delete);
            }
            return new TupleTargetNode(targets);
        }
        String what = describe(e);
        throw PythonError.syntaxError("cannot " + (delete ? "delete " : "assign to ") + what + (delete ? "" : " here. Maybe you meant '==' instead of '='?"), t.line(), t.column());
    }

    private final java.util.IdentityHashMap<MViewExpressionNode, String> kinds = new java.util.IdentityHashMap<>();

    private String describe(MViewExpressionNode e) {
        String k = kinds.get(e);
        return k != null ? k : "expression";
    }

    private final java.util.IdentityHashMap<MViewExpressionNode, MViewExpressionNode[]> tupleItems = new java.util.IdentityHashMap<>();

    private MViewExpressionNode block(String what, Token header) {
        expect(":");
        if (peek().kind() != Token.Kind.NEWLINE) {
            List<MViewExpressionNode> out = new ArrayList<>();
            simpleStatements(out);
            return new BlockNode(out.toArray(new MViewExpressionNode[0]));
        }
        next();
        if (peek().kind() != Token.Kind.INDENT) {
            String msg = "expected an indented block after " + what + " on line " + header.line();
            if (peek().kind() == Token.Kind.EOF) {
                throw PythonError.incompleteInput(msg, peek().line(), peek().column());
            }
            throw PythonError.syntaxError(msg, peek().line(), peek().column());
        }
        next();
        List<MViewExpressionNode> out = new ArrayList<>();
        while (peek().kind() != Token.Kind.DEDENT && peek().kind() != Token.Kind.EOF) {
            statement(out);
        }
        if (peek().kind() == Token.Kind.DEDENT) {
            next();
        }
        return new BlockNode(out.toArray(new MViewExpressionNode[0]));
    }

    private MViewExpressionNode withStatement() {
        Token header = next();
        MViewExpressionNode manager = expression();
        TargetNode target = null;
        if (accept("as")) {
            target = target(bitOr(), false);
        }
        MViewExpressionNode body = block("'with' statement", header);
        return new WithNode(manager, target, body).at(header.start(), prevEnd());
    }

    private MViewExpressionNode tryStatement() {
        Token header = next();
        MViewExpressionNode body = block("'try' statement", header);
        List<MViewExpressionNode> types = new ArrayList<>();
        List<TargetNode> targets = new ArrayList<>();
        List<MViewExpressionNode> bodies = new ArrayList<>();
        MViewExpressionNode orElse = null;
        MViewExpressionNode fin = null;
        while (at("except")) {
            Token ex = next();
            if (at("*")) {
                throw PythonError.syntaxError("except* is not supported by mview", ex.line(), ex.column());
            }
            MViewExpressionNode type = null;
            TargetNode name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    Token c = peek();
                    throw PythonError.syntaxError("multiple exception types must be parenthesized", c.line(), c.column());
                }
                if (accept("as")) {
                    Token n = next();
                    if (n.kind() != Token.Kind.NAME || Lexer.KEYWORDS.contains(n.text())) {
                        throw PythonError.syntaxError("invalid syntax", n.line(), n.column());
                    }
                    name = new NameTargetNode(n.text());
                }
            }
            types.add(type);
            targets.add(name);
            bodies.add(block("'except' statement", ex));
        }
        if (at("else") && !bodies.isEmpty()) {
            Token e = next();
            orElse = block("'else' statement", e);
        }
        if (at("finally")) {
            Token f = next();
            fin = block("'finally' statement", f);
        }
        if (bodies.isEmpty() && fin == null) {
            Token t = peek();
            if (t.kind() == Token.Kind.EOF) {
                throw PythonError.incompleteInput("expected 'except' or 'finally' block", t.line(), t.column());
            }
            throw PythonError.syntaxError("expected 'except' or 'finally' block", t.line(), t.column());
        }
        return new TryNode(body, types.toArray(new MViewExpressionNode[0]), targets.toArray(new TargetNode[0]), bodies.toArray(new MViewExpressionNode[0]), orElse, fin).at(
                        header.start(), prevEnd());
    }

    private MViewExpressionNode ifStatement() {
        Token header = next();
        MViewExpressionNode cond = expression();
        MViewExpressionNode then = block("'" + header.text() + "' statement", header);
        MViewExpressionNode otherwise = null;
        if (at("elif")) {
            otherwise = ifStatement();
        } else if (at("else")) {
            Token e = next();
            otherwise = block("'else' statement", e);
        }
        return new ConditionalNode(cond, then, otherwise).at(header.start(), prevEnd());
    }

    // ---- expressions ------------------------------------------------------------------------

    private MViewExpressionNode starExpressions() {
        int start = peek().start();
        MViewExpressionNode first = expression();
        if (!at(",")) {
            return first;
        }
        List<MViewExpressionNode> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (!startsExpression()) {
                break;
            }
            items.add(expression());
        }
        return tuple(items, start);
    }

    private MViewExpressionNode tuple(List<MViewExpressionNode> items, int start) {
        MViewExpressionNode[] array = items.toArray(new MViewExpressionNode[0]);
        TupleNode node = new TupleNode(array).at(start, prevEnd());
        tupleItems.put(node, array);
        kinds.put(node, "tuple");
        return node;
    }

    private boolean startsExpression() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER, STRING, BYTES:
                return true;
            case NAME:
                return !Lexer.KEYWORDS.contains(t.text()) || t.text().equals("lambda") || t.text().equals("not") || t.text().equals("True") || t.text().equals("False") ||
                                t.text().equals("None");
            case OP:
                return switch (t.text()) {
                    case "(", "[", "-", "+", "~", "...", "{" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    private MViewExpressionNode expression() {
        enter();
        try {
            if (at("lambda")) {
                return lambda();
            }
            int start = peek().start();
            MViewExpressionNode body = disjunction();
            if (at("if")) {
                next();
                MViewExpressionNode cond = disjunction();
                if (!at("else")) {
                    Token t = peek();
                    if (t.kind() == Token.Kind.EOF) {
                        throw unexpected();
                    }
                    throw PythonError.syntaxError("expected 'else' after 'if' expression", t.line(), t.column());
                }
                next();
                MViewExpressionNode other = expression();
                return new ConditionalNode(cond, body, other).at(start, prevEnd());
            }
            return body;
        } finally {
            depth--;
        }
    }

    private MViewExpressionNode lambda() {
        Token header = next();
        List<String> params = new ArrayList<>();
        List<MViewExpressionNode> defaults = new ArrayList<>();
        while (!at(":")) {
            Token n = next();
            if (n.kind() != Token.Kind.NAME || Lexer.KEYWORDS.contains(n.text())) {
                p--;
                throw unexpected();
            }
            if (params.contains(n.text())) {
                throw PythonError.syntaxError("duplicate argument '" + n.text() + "' in function definition", n.line(), n.column());
            }
            params.add(n.text());
            if (accept("=")) {
                defaults.add(expression());
            } else if (!defaults.isEmpty()) {
                throw PythonError.syntaxError("parameter without a default follows parameter with a default", n.line(), n.column());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(":");
        String[] paramArray = params.toArray(new String[0]);
        scopes.add(paramArray);
        MViewExpressionNode body;
        try {
            body = expression();
        } finally {
            scopes.remove(scopes.size() - 1);
        }
        FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
        for (String name : paramArray) {
            fd.addSlot(FrameSlotKind.Object, name, null);
        }
        int end = prevEnd();
        LambdaRootNode root = new LambdaRootNode(language, fd.build(), paramArray.length, body, source.createSection(header.start(), end - header.start()));
        MViewExpressionNode node = new LambdaNode(root.getCallTarget(), paramArray, defaults.toArray(new MViewExpressionNode[0]), !scopes.isEmpty()).at(header.start(), end);
        kinds.put(node, "lambda");
        return node;
    }

    private MViewExpressionNode disjunction() {
        int start = peek().start();
        MViewExpressionNode left = conjunction();
        while (at("or")) {
            next();
            left = new LogicalNode(false, left, conjunction()).at(start, prevEnd());
            kinds.put(left, "expression");
        }
        return left;
    }

    private MViewExpressionNode conjunction() {
        int start = peek().start();
        MViewExpressionNode left = inversion();
        while (at("and")) {
            next();
            left = new LogicalNode(true, left, inversion()).at(start, prevEnd());
        }
        return left;
    }

    private MViewExpressionNode inversion() {
        if (at("not")) {
            enter();
            try {
                int start = next().start();
                return new NotNode(inversion()).at(start, prevEnd());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private String compareOp() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP) {
            switch (t.text()) {
                case "==", "!=", "<", "<=", ">", ">=":
                    next();
                    return t.text();
                default:
                    return null;
            }
        }
        if (t.is("in")) {
            next();
            return "in";
        }
        if (t.is("not") && peekAt(1).is("in")) {
            next();
            next();
            return "not in";
        }
        if (t.is("is")) {
            next();
            if (accept("not")) {
                return "is not";
            }
            return "is";
        }
        return null;
    }

    private MViewExpressionNode comparison() {
        int start = peek().start();
        MViewExpressionNode first = bitOr();
        List<MViewExpressionNode> operands = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        operands.add(first);
        String op;
        while ((op = compareOp()) != null) {
            ops.add(op);
            operands.add(bitOr());
        }
        if (ops.isEmpty()) {
            return first;
        }
        MViewExpressionNode node = new CompareNode(operands.toArray(new MViewExpressionNode[0]), ops.toArray(new String[0])).at(start, prevEnd());
        kinds.put(node, "comparison");
        return node;
    }

    private MViewExpressionNode binaryLevel(int level) {
        // levels: 0 "|", 1 "^", 2 "&", 3 "<< >>", 4 "+ -", 5 "* / // % @"
        if (level > 5) {
            return factor();
        }
        int start = peek().start();
        MViewExpressionNode left = binaryLevel(level + 1);
        int chain = 0;
        while (true) {
            Token t = peek();
            if (t.kind() != Token.Kind.OP) {
                return left;
            }
            String s = t.text();
            boolean match = switch (level) {
                case 0 -> s.equals("|");
                case 1 -> s.equals("^");
                case 2 -> s.equals("&");
                case 3 -> s.equals("<<") || s.equals(">>");
                case 4 -> s.equals("+") || s.equals("-");
                default -> s.equals("*") || s.equals("/") || s.equals("//") || s.equals("%") || s.equals("@");
            };
            if (!match) {
                return left;
            }
            next();
            if (++chain > MAX_CHAIN) {
                throw PythonError.raise(PythonErrorType.RecursionError, "maximum recursion depth exceeded during compilation");
            }
            MViewExpressionNode right = binaryLevel(level + 1);
            left = switch (s) {
                case "+" -> AddNodeGen.create(left, right);
                case "-" -> SubNodeGen.create(left, right);
                case "*" -> MulNodeGen.create(left, right);
                default -> new GenericBinaryNode(binaryOp(s), left, right);
            };
            left.at(start, prevEnd());
            kinds.put(left, "expression");
        }
    }

    private MViewExpressionNode bitOr() {
        return binaryLevel(0);
    }

    private MViewExpressionNode factor() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~"))) {
            enter();
            try {
                next();
                MViewExpressionNode operand = factor();
                if (t.text().equals("-") && operand instanceof LiteralNode lit && numberLiterals.containsKey(lit)) {
                    // fold "-NUMBER" so that -9223372036854775808 stays a long
                    Object v = numberLiterals.get(lit);
                    Object folded = org.mview.language.runtime.PyArith.unary('-', v);
                    LiteralNode node = new LiteralNode(folded).at(t.start(), prevEnd());
                    kinds.put(node, "expression");
                    return node;
                }
                MViewExpressionNode node = new UnaryNode(t.text().charAt(0), operand).at(t.start(), prevEnd());
                kinds.put(node, "expression");
                return node;
            } finally {
                depth--;
            }
        }
        return power();
    }

    private final java.util.IdentityHashMap<LiteralNode, Object> numberLiterals = new java.util.IdentityHashMap<>();

    private MViewExpressionNode power() {
        int start = peek().start();
        MViewExpressionNode base = primary();
        if (at("**")) {
            next();
            MViewExpressionNode exp = factor();
            MViewExpressionNode node = new GenericBinaryNode(PyArith.Op.POW, base, exp).at(start, prevEnd());
            kinds.put(node, "expression");
            return node;
        }
        return base;
    }

    private MViewExpressionNode primary() {
        int start = peek().start();
        MViewExpressionNode node = atom();
        while (true) {
            if (at(".")) {
                next();
                Token n = next();
                if (n.kind() != Token.Kind.NAME || Lexer.KEYWORDS.contains(n.text())) {
                    p--;
                    throw unexpected();
                }
                node = new AttributeNode(node, n.text()).at(start, prevEnd());
                kinds.put(node, "attribute");
            } else if (at("(")) {
                next();
                node = call(node, start);
                kinds.put(node, "function call");
            } else if (at("[")) {
                next();
                MViewExpressionNode key = slices();
                expect("]");
                node = new SubscriptNode(node, key).at(start, prevEnd());
                kinds.put(node, "subscript");
            } else {
                return node;
            }
        }
    }

    private MViewExpressionNode call(MViewExpressionNode callee, int start) {
        List<MViewExpressionNode> positional = new ArrayList<>();
        List<MViewExpressionNode> keywordValues = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        while (!at(")")) {
            Token t = peek();
            if (at("*") || at("**")) {
                throw PythonError.syntaxError("argument unpacking is not supported by mview", t.line(), t.column());
            }
            if (t.kind() == Token.Kind.NAME && peekAt(1).is("=") && !Lexer.KEYWORDS.contains(t.text())) {
                next();
                next();
                if (keywords.contains(t.text())) {
                    throw PythonError.syntaxError("keyword argument repeated: " + t.text(), t.line(), t.column());
                }
                keywords.add(t.text());
                keywordValues.add(expression());
            } else {
                MViewExpressionNode arg = expression();
                if (!keywords.isEmpty()) {
                    throw PythonError.syntaxError("positional argument follows keyword argument", t.line(), t.column());
                }
                if (at("=")) {
                    Token eq = peek();
                    throw PythonError.syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", t.line(), t.column() + 0 * eq.column());
                }
                positional.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        positional.addAll(keywordValues);
        MViewExpressionNode[] arguments = positional.toArray(new MViewExpressionNode[0]);
        String[] keywordNames = keywords.toArray(new String[0]);
        if (callee instanceof AttributeNode attribute) {
            return new MethodCallNode(attribute.object(), attribute.name(), arguments, keywordNames).at(start, prevEnd());
        }
        return new CallNode(callee, arguments, keywordNames).at(start, prevEnd());
    }

    private MViewExpressionNode slices() {
        int start = peek().start();
        MViewExpressionNode first = slice();
        if (!at(",")) {
            return first;
        }
        List<MViewExpressionNode> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            items.add(slice());
        }
        return tuple(items, start);
    }

    private MViewExpressionNode slice() {
        int start = peek().start();
        MViewExpressionNode lower = null;
        if (!at(":")) {
            lower = expression();
            if (!at(":")) {
                return lower;
            }
        }
        expect(":");
        MViewExpressionNode upper = at(":") || at("]") || at(",") ? null : expression();
        MViewExpressionNode step = null;
        if (accept(":")) {
            step = at("]") || at(",") ? null : expression();
        }
        return new SliceNode(lower, upper, step).at(start, prevEnd());
    }

    private MViewExpressionNode atom() {
        Token t = peek();
        int start = t.start();
        switch (t.kind()) {
            case NUMBER: {
                next();
                LiteralNode node = new LiteralNode(t.value()).at(start, t.end());
                numberLiterals.put(node, t.value());
                kinds.put(node, "literal");
                return node;
            }
            case STRING:
            case BYTES: {
                StringBuilder sb = new StringBuilder();
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                boolean isBytes = t.kind() == Token.Kind.BYTES;
                while (peek().kind() == Token.Kind.STRING || peek().kind() == Token.Kind.BYTES) {
                    Token s = next();
                    if ((s.kind() == Token.Kind.BYTES) != isBytes) {
                        throw PythonError.syntaxError("cannot mix bytes and nonbytes literals", t.line(), t.column());
                    }
                    if (isBytes) {
                        bytes.writeBytes(((PBytes) s.value()).bytes());
                    } else {
                        sb.append((String) s.value());
                    }
                }
                LiteralNode node = new LiteralNode(isBytes ? new PBytes(bytes.toByteArray()) : sb.toString()).at(start, prevEnd());
                kinds.put(node, "literal");
                return node;
            }
            case NAME: {
                switch (t.text()) {
                    case "True":
                    case "False":
                    case "None": {
                        next();
                        Object v = t.text().equals("None") ? PNone.INSTANCE : Boolean.valueOf(t.text().equals("True"));
                        LiteralNode node = new LiteralNode(v).at(start, t.end());
                        kinds.put(node, t.text());
                        return node;
                    }
                    default:
                        break;
                }
                if (Lexer.KEYWORDS.contains(t.text())) {
                    throw unexpected();
                }
                next();
                for (int i = scopes.size() - 1; i >= 0; i--) {
                    String[] params = scopes.get(i);
                    for (int k = 0; k < params.length; k++) {
                        if (params[k].equals(t.text())) {
                            MViewExpressionNode local = new LocalReadNode(k, scopes.size() - 1 - i).at(start, t.end());
                            kinds.put(local, "name");
                            return local;
                        }
                    }
                }
                MViewExpressionNode global = new GlobalReadNode(t.text()).at(start, t.end());
                names.put(global, t.text());
                kinds.put(global, "name");
                return global;
            }
            case OP:
                switch (t.text()) {
                    case "...": {
                        next();
                        LiteralNode node = new LiteralNode(PEllipsis.INSTANCE).at(start, t.end());
                        kinds.put(node, "ellipsis");
                        return node;
                    }
                    case "(": {
                        enter();
                        try {
                            next();
                            if (accept(")")) {
                                return tuple(new ArrayList<>(), start);
                            }
                            MViewExpressionNode first = expression();
                            if (at(")")) {
                                next();
                                return first;
                            }
                            List<MViewExpressionNode> items = new ArrayList<>();
                            items.add(first);
                            while (accept(",")) {
                                if (at(")")) {
                                    break;
                                }
                                items.add(expression());
                            }
                            expect(")");
                            return tuple(items, start);
                        } finally {
                            depth--;
                        }
                    }
                    case "[": {
                        enter();
                        try {
                            next();
                            List<MViewExpressionNode> items = new ArrayList<>();
                            while (!at("]")) {
                                items.add(expression());
                                if (!accept(",")) {
                                    break;
                                }
                            }
                            expect("]");
                            MViewExpressionNode[] array = items.toArray(new MViewExpressionNode[0]);
                            ListNode node = new ListNode(array).at(start, prevEnd());
                            tupleItems.put(node, array);
                            kinds.put(node, "list");
                            return node;
                        } finally {
                            depth--;
                        }
                    }
                    case "{":
                        throw PythonError.syntaxError("dict and set displays are not supported by mview", t.line(), t.column());
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw unexpected();
    }
}
