package org.mview.launcher;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion as {@code python3}'s REPL does it: a name completes to the globals, builtins and
 * keywords that start with it; {@code value.prefix} completes to the attributes of the value of a name
 * already bound (a dotted path of names, read member by member, never a call), from the same member
 * declarations the language and interop use: the value's members, or its type's.
 */
final class Completions implements Completer {

    /** The keywords of the mview language (docs/language.md), as Python spells them. */
    static final List<String> KEYWORDS = List.of("and", "as", "assert", "del", "else", "except", "False", "finally", "if", "in", "is", "lambda", "None",
                    "not", "or", "raise", "True", "try", "with");

    private static final Pattern WORD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*\\.)?([A-Za-z_][A-Za-z0-9_]*)?$");

    private final Context context;
    private final String language;

    Completions(Context context, String language) {
        this.context = context;
        this.language = language;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor());
        for (String completion : complete(before)) {
            candidates.add(new Candidate(completion, completion, null, null, null, null, false));
        }
    }

    /** The full words ({@code m.tobytes}, {@code memoryview}) that complete the text before the cursor. */
    Set<String> complete(String before) {
        Set<String> out = new TreeSet<>();
        Matcher m = WORD.matcher(before);
        if (!m.find() || m.start() > 0 && before.charAt(m.start() - 1) == '.' || m.group(1) == null && before.endsWith(".")) {
            // after a call, a subscript or a literal ("f().", "x[0].") nothing is completed: that would evaluate code
            return out;
        }
        String path = m.group(1);
        String prefix = m.group(2) == null ? "" : m.group(2);
        if (path == null) {
            Value scope = context.getBindings(language);
            for (String name : scope.getMemberKeys()) {
                if (name.startsWith(prefix)) {
                    out.add(name);
                }
            }
            for (String keyword : KEYWORDS) {
                if (keyword.startsWith(prefix)) {
                    out.add(keyword);
                }
            }
            return out;
        }
        Value value = resolve(path.substring(0, path.length() - 1));
        if (value == null) {
            return out;
        }
        for (String name : attributes(value)) {
            if (name.startsWith(prefix) && (!name.startsWith("_") || prefix.startsWith("_"))) {
                out.add(path + name);
            }
        }
        return out;
    }

    /** The value of {@code a.b.c}: a bound name, then member reads; null when any step is missing. */
    private Value resolve(String dotted) {
        try {
            String[] names = dotted.split("\\.");
            Value value = context.getBindings(language).getMember(names[0]);
            for (int i = 1; value != null && i < names.length; i++) {
                value = value.hasMember(names[i]) ? value.getMember(names[i]) : null;
            }
            return value;
        } catch (PolyglotException e) {
            return null;
        }
    }

    /** The value's own members, else those its type declares ({@code type(x)}: a builtin, not a user call). */
    private Set<String> attributes(Value value) {
        if (value.hasMembers() && !value.getMemberKeys().isEmpty()) {
            return value.getMemberKeys();
        }
        try {
            Value type = context.getBindings(language).getMember("type").execute(value);
            return type.hasMembers() ? type.getMemberKeys() : Set.of();
        } catch (PolyglotException e) {
            return Set.of();
        }
    }
}
