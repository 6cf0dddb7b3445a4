package org.mview.language;

import java.io.PrintStream;

import org.mview.language.builtins.Builtins;
import org.mview.language.runtime.GlobalScope;
import org.mview.language.objects.type.TypeTable;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;

/** Per-context state: the global scope (builtins and assigned names) and the embedder's permissions. */
public final class MViewContext {

    private static final ContextReference<MViewContext> REFERENCE = ContextReference.create(MViewLanguage.class);

    private final MViewLanguage language;
    private final TruffleLanguage.Env env;
    private final GlobalScope globals;
    private final PrintStream out;
    private final TypeTable types = new TypeTable();
    private final ExportReaper reaper;
    private final boolean extensions;

    MViewContext(MViewLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(env.out(), true);
        this.reaper = new ExportReaper(env);
        this.extensions = env.getOptions().get(MViewLanguage.EXTENSIONS);
        this.globals = new GlobalScope(Builtins.create(this, language.getBuiltins()));
    }

    public static MViewContext get(Node node) {
        return REFERENCE.get(node);
    }

    public MViewLanguage getLanguage() {
        return language;
    }

    public TruffleLanguage.Env getEnv() {
        return env;
    }

    /** This context's type objects; {@code type(x) is int} holds within a context, not across contexts. */
    public TypeTable getTypes() {
        return types;
    }

    /** Ends the exports of collected holders while this context lives (see {@link ExportReaper}). */
    ExportReaper getReaper() {
        return reaper;
    }

    public GlobalScope getGlobals() {
        return globals;
    }

    /** Where {@code print} writes: the context's standard output. */
    public PrintStream getOut() {
        return out;
    }

    /** Whether the {@code mview.Extensions} option is on (docs/extensions.md). */
    public boolean extensions() {
        return extensions;
    }

    /** Whether guest code may wrap raw native addresses ({@code PyMemoryView_FromMemory} with an int). */
    public boolean isNativeAccessAllowed() {
        return env.isNativeAccessAllowed();
    }
}
