package org.mview.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code mview}, parsed the way {@code python3} parses its own: options first,
 * then either {@code -c CODE}, a file, or nothing (interactive). Everything after the code or the
 * file is the program's {@code argv}.
 */
record LaunchOptions(String code, String file, boolean interactive, boolean quiet, boolean help, boolean version, boolean nativeAccess,
                Map<String, MappedFile> maps, Map<String, String> engineOptions, List<String> programArguments) {

    /** A {@code --map NAME=PATH} (read-only) or {@code --map-rw NAME=PATH} binding. */
    record MappedFile(String name, String path, boolean writable) {
    }

    static final String USAGE = """
                    usage: mview [option] ... [-c cmd | file | -] [arg] ...
                    Options:
                      -c cmd         program passed in as string (terminates option list)
                      -i             inspect interactively after running script, or read
                                     statements from stdin even if it is not a terminal
                      -q             don't print version and copyright messages on interactive startup
                      --map NAME=PATH     bind NAME to the file PATH, memory-mapped read-only
                      --map-rw NAME=PATH  bind NAME to the file PATH, memory-mapped read-write
                      --allow-native-access
                                     let the program wrap raw memory addresses (PyMemoryView_FromMemory
                                     with an int); a wrong address then crashes the process, as in C
                      --mview.Extensions=true
                                     N-D indexing, byte-order, record and complex formats
                                     beyond CPython 3.13 (docs/extensions.md)
                      --engine.X=V, --compiler.X=V, --log.X=V
                                     polyglot engine options, passed through
                      -h, --help     print this help message and exit
                      -V, --version  print the version number and exit
                    file           program read from script file (.mv; .js and .py run in GraalJS/GraalPy)
                    -              program read from stdin (default; interactive mode if a tty)
                    """;

    static LaunchOptions parse(String[] args) throws UsageException {
        String code = null;
        String file = null;
        boolean interactive = false;
        boolean quiet = false;
        boolean help = false;
        boolean version = false;
        boolean nativeAccess = false;
        Map<String, MappedFile> maps = new LinkedHashMap<>();
        Map<String, String> engineOptions = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-c")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("Argument expected for the -c option");
                }
                code = args[i + 1];
                i += 2;
                break;
            } else if (arg.equals("-i")) {
                interactive = true;
            } else if (arg.equals("-q")) {
                quiet = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--allow-native-access")) {
                nativeAccess = true;
            } else if (arg.equals("--map") || arg.equals("--map-rw")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("Argument expected for the " + arg + " option");
                }
                MappedFile map = parseMap(args[i + 1], arg.equals("--map-rw"));
                maps.put(map.name(), map);
                i++;
            } else if (arg.startsWith("--map=") || arg.startsWith("--map-rw=")) {
                boolean rw = arg.startsWith("--map-rw=");
                MappedFile map = parseMap(arg.substring(arg.indexOf('=') + 1), rw);
                maps.put(map.name(), map);
            } else if (arg.startsWith("--") && arg.length() > 2 && arg.contains(".")) {
                int eq = arg.indexOf('=');
                if (eq < 0) {
                    engineOptions.put(arg.substring(2), "true");
                } else {
                    engineOptions.put(arg.substring(2, eq), arg.substring(eq + 1));
                }
            } else if (arg.equals("-")) {
                i++;
                break;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("Unknown option: " + arg);
            } else {
                file = arg;
                i++;
                break;
            }
            i++;
        }
        while (i < args.length) {
            rest.add(args[i++]);
        }
        return new LaunchOptions(code, file, interactive, quiet, help, version, nativeAccess, maps, engineOptions, rest);
    }

    private static MappedFile parseMap(String spec, boolean writable) throws UsageException {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new UsageException("--map expects NAME=PATH, got '" + spec + "'");
        }
        String name = spec.substring(0, eq);
        if (!Character.isJavaIdentifierStart(name.charAt(0)) || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new UsageException("--map: '" + name + "' is not a valid name");
        }
        return new MappedFile(name, spec.substring(eq + 1), writable);
    }

    /** A command line that cannot be run: printed with the usage hint, exit status 2 (as python3). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
