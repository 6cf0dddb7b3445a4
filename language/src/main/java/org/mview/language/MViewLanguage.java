package org.mview.language;

import java.nio.ByteOrder;

import org.mview.language.parser.MViewParser;
import org.mview.language.objects.function.BuiltinRegistry;
import org.mview.language.runtime.GlobalScope;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionValues;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * mview: CPython's {@code memoryview} and the PEP 3118 buffer protocol as a Truffle language.
 *
 * <p>The language's source is a small Python-compatible expression language over buffers (see
 * {@code docs/language.md}); a source evaluates to the value of its last expression statement. The
 * top scope ({@code Context.getBindings("mview")}) holds the builtins ({@code memoryview},
 * {@code bytes}, the {@code PyMemoryView_*} C-API, ...) and the names a program assigns.
 */
@TruffleLanguage.Registration(id = MViewLanguage.ID, name = "MemoryView", version = MViewLanguage.VERSION, //
                defaultMimeType = MViewLanguage.MIME_TYPE, characterMimeTypes = MViewLanguage.MIME_TYPE, //
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, website = "https://github.com/mview", //
                fileTypeDetectors = MViewFileDetector.class)
@Option.Group(MViewLanguage.ID)
public final class MViewLanguage extends TruffleLanguage<MViewContext> {

    public static final String ID = "mview";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/x-mview";

    private static final LanguageReference<MViewLanguage> REFERENCE = LanguageReference.create(MViewLanguage.class);

    static {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalStateException("mview supports little-endian platforms only");
        }
    }

    /**
     * {@code mview.Extensions}: what CPython 3.13's memoryview refuses and NumPy has (N-D indexing and
     * sub-views, byte-order and record formats, complex items), opt-in; off, mview is CPython-exact.
     */
    @Option(name = "Extensions", help = "Enable the extensions beyond CPython 3.13: N-D indexing and slicing, byte-order, record and complex formats (docs/extensions.md).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    static final OptionKey<Boolean> EXTENSIONS = new OptionKey<>(false);

    /** The call targets of the builtins: made once per language, shared by its contexts. */
    private final BuiltinRegistry builtins = new BuiltinRegistry(this);

    public static MViewLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    public BuiltinRegistry getBuiltins() {
        return builtins;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MViewLanguageOptionDescriptors();
    }

    /** The option is read from the context when an operation runs, so code is shared whatever its value. */
    @Override
    protected boolean areOptionsCompatible(OptionValues firstOptions, OptionValues newOptions) {
        return true;
    }

    @Override
    protected MViewContext createContext(Env env) {
        return new MViewContext(this, env);
    }

    @Override
    protected void initializeContext(MViewContext context) {
        context.getReaper().start();
    }

    @Override
    protected void disposeContext(MViewContext context) {
        context.getReaper().stop();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return MViewParser.parse(this, request.getSource()).getCallTarget();
    }

    @Override
    protected Object getScope(MViewContext context) {
        return context.getGlobals();
    }

    /**
     * Interactive sources print the repr of each expression statement's value themselves (see
     * {@code ExpressionStatementNode}), as Python's interactive mode does; the engine prints nothing.
     */
    @Override
    protected boolean isVisible(MViewContext context, Object value) {
        return false;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /** The scope object type, for tools that ask. */
    static Class<GlobalScope> scopeClass() {
        return GlobalScope.class;
    }
}
