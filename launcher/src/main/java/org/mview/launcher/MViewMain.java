package org.mview.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The {@code mview} command. It speaks only the polyglot API: the language is on the class path at
 * run time and is never imported here. Behaves like {@code python3}: {@code FILE}, {@code -c CODE},
 * {@code -i}, a REPL on a terminal, Python's exit statuses (1 for an uncaught error, 2 for a bad
 * command line).
 */
public final class MViewMain {

    static final String LANGUAGE = "mview";

    private MViewMain() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams and returns its exit status (what {@link #main} exits with). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            err.println(e.getMessage());
            err.println("usage: mview [option] ... [-c cmd | file | -] [arg] ...");
            err.println("Try `mview -h' for more information.");
            return 2;
        }
        if (options.help()) {
            out.print(LaunchOptions.USAGE);
            return 0;
        }
        if (options.version()) {
            out.println("mview " + version());
            return 0;
        }
        String language = options.file() == null ? LANGUAGE : languageOf(options.file());
        try (MappedFiles maps = new MappedFiles(options.maps()); Context context = newContext(options, in, out, err)) {
            bind(context, language, maps.segments());
            return execute(context, language, options, in, out, err);
        } catch (IOException e) {
            err.println("mview: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("mview: " + e.getMessage());
            return 2;
        }
    }

    private static int execute(Context context, String language, LaunchOptions options, InputStream in, PrintStream out, PrintStream err) throws IOException {
        boolean terminal = System.console() != null && System.console().isTerminal() && in == System.in;
        try {
            if (options.code() != null) {
                context.eval(Source.newBuilder(language, options.code(), "<string>").build());
            } else if (options.file() != null) {
                File file = new File(options.file());
                if (!file.isFile()) {
                    err.println("mview: can't open file '" + options.file() + "': [Errno 2] No such file or directory");
                    return 2;
                }
                context.eval(Source.newBuilder(language, file).build());
            } else if (!options.interactive() && !terminal) {
                String program = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                context.eval(Source.newBuilder(language, program, "<stdin>").build());
                return 0;
            }
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            out.flush();
            Tracebacks.print(e, err);
            if (!options.interactive()) {
                return 1;
            }
        }
        if (options.interactive() || (options.code() == null && options.file() == null)) {
            Repl repl = new Repl(context, LANGUAGE, out, err);
            if (terminal) {
                if (!options.quiet()) {
                    out.println("mview " + version() + " (CPython 3.13 memoryview semantics)");
                    out.println("Type an expression over buffers, e.g. memoryview(b'abc')[0]; Ctrl-D exits.");
                }
                repl.runOnTerminal();
            } else {
                if (!options.quiet()) {
                    err.println("mview " + version() + " (CPython 3.13 memoryview semantics)");
                }
                repl.runOnStream(in);
            }
        }
        return 0;
    }

    private static Context newContext(LaunchOptions options, InputStream in, PrintStream out, PrintStream err) {
        // Scripts get what their mode needs and nothing else (docs/launcher.md, "Permissions"): .js and
        // .py files reach mview through the polyglot bindings; raw addresses only when asked for, since
        // a wrong one crashes the process. No host class lookup, files, processes, threads or
        // environment: a program run by this command cannot reach past its buffers.
        Context.Builder builder = Context.newBuilder().in(in).out(out).err(err).allowExperimentalOptions(true)
                        .allowPolyglotAccess(PolyglotAccess.ALL)
                        .allowNativeAccess(options.nativeAccess());
        for (Map.Entry<String, String> option : options.engineOptions().entrySet()) {
            builder.option(option.getKey(), option.getValue());
        }
        return builder.build();
    }

    /**
     * Binds the mapped files in mview's scope. A script of another language (JS, Python) also gets them,
     * and mview's {@code memoryview} as {@code mview}, in the polyglot bindings
     * ({@code Polyglot.import('mview')}, {@code polyglot.import_value('mview')}) and as globals of its
     * language.
     */
    private static void bind(Context context, String language, Map<String, MemorySegment> segments) {
        Value mview = context.getBindings(LANGUAGE);
        for (Map.Entry<String, MemorySegment> entry : segments.entrySet()) {
            mview.putMember(entry.getKey(), entry.getValue());
        }
        if (language.equals(LANGUAGE)) {
            return;
        }
        Value memoryview = mview.getMember("memoryview");
        Value polyglot = context.getPolyglotBindings();
        Value globals = context.getBindings(language);
        polyglot.putMember(LANGUAGE, memoryview);
        globals.putMember(LANGUAGE, memoryview);
        for (Map.Entry<String, MemorySegment> entry : segments.entrySet()) {
            polyglot.putMember(entry.getKey(), entry.getValue());
            globals.putMember(entry.getKey(), entry.getValue());
        }
    }

    static String languageOf(String file) {
        if (file.endsWith(".js") || file.endsWith(".mjs")) {
            return "js";
        } else if (file.endsWith(".py")) {
            return "python";
        }
        return LANGUAGE;
    }

    private static String version() {
        try (Context context = Context.newBuilder(LANGUAGE).build()) {
            return context.getEngine().getLanguages().get(LANGUAGE).getVersion();
        }
    }
}
