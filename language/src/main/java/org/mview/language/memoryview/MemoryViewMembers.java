package org.mview.language.memoryview;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.mview.language.PythonError;
import org.mview.language.PythonErrorType;
import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.runtime.Arguments;
import org.mview.language.runtime.MemberNames;
import org.mview.language.runtime.PBuiltinFunction;
import org.mview.language.runtime.PCallable;
import org.mview.language.runtime.PNone;
import org.mview.language.runtime.PTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** memoryview's attributes and methods, by name: for Python attribute access and interop members. */
public final class MemoryViewMembers {

    private static final String[] ATTRIBUTES = {"obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "c_contiguous",
                    "f_contiguous", "contiguous"};
    private static final String[] METHODS = {"release", "tobytes", "hex", "tolist", "toreadonly", "cast", "count", "index", "__enter__", "__exit__"};
    private static final Set<String> ATTRIBUTE_SET = Set.of(ATTRIBUTES);
    private static final Set<String> METHOD_SET = Set.of(METHODS);

    private MemoryViewMembers() {
    }

    public static boolean isMember(String name) {
        return ATTRIBUTE_SET.contains(name) || METHOD_SET.contains(name);
    }

    public static boolean isMethod(String name) {
        return METHOD_SET.contains(name);
    }

    @TruffleBoundary
    static MemberNames names() {
        Set<String> all = new TreeSet<>(Arrays.asList(ATTRIBUTES));
        all.addAll(Arrays.asList(METHODS));
        return new MemberNames(all.toArray(new String[0]));
    }

    /** {@code m.name}: an attribute's value or a bound method; AttributeError for anything else. */
    @TruffleBoundary
    public static Object getAttribute(MemoryView mv, String name) {
        if (METHOD_SET.contains(name)) {
            return new PBuiltinFunction(name, mv, (args, keywords) -> call(mv, name, args, keywords));
        }
        if (!ATTRIBUTE_SET.contains(name)) {
            throw PythonError.raise(PythonErrorType.AttributeError, "'memoryview' object has no attribute '" + name + "'");
        }
        mv.checkReleased();
        BufferDescriptor v = mv.descriptor();
        return switch (name) {
            case "obj" -> v.obj() == null ? PNone.INSTANCE : v.obj();
            case "nbytes" -> v.len();
            case "readonly" -> v.readonly();
            case "itemsize" -> (long) v.itemsize();
            case "format" -> v.format();
            case "ndim" -> (long) v.ndim();
            case "shape" -> PTuple.ofLongs(v.shape());
            case "strides" -> PTuple.ofLongs(v.strides());
            case "suboffsets" -> v.suboffsets() == null ? PTuple.EMPTY : PTuple.ofLongs(v.suboffsets());
            case "c_contiguous" -> mv.isCContiguous();
            case "f_contiguous" -> mv.isFortranContiguous();
            case "contiguous" -> mv.isContiguous();
            default -> throw new IllegalStateException(name);
        };
    }

    /** An interop {@code invokeMember}: positional arguments only. */
    @TruffleBoundary
    static Object invoke(MemoryView mv, String name, Object[] args) {
        return call(mv, name, args, PCallable.NO_KEYWORDS);
    }

    /** Calls method {@code name} of {@code mv} with Python arguments. */
    @TruffleBoundary
    public static Object call(MemoryView mv, String name, Object[] args, String[] keywords) {
        switch (name) {
            case "release": {
                Arguments.bind("memoryview." + name, args, keywords, new String[0], 0, 0);
                mv.release();
                return PNone.INSTANCE;
            }
            case "tobytes": {
                Object[] a = Arguments.bind(name, args, keywords, new String[]{"order"}, 0, 0);
                return MemoryViewMethods.tobytes(mv, a[0] == null ? "C" : a[0]);
            }
            case "hex": {
                Object[] a = Arguments.bind(name, args, keywords, new String[]{"sep", "bytes_per_sep"}, 0, 0);
                return MemoryViewMethods.hex(mv, a[0], a[1]);
            }
            case "tolist": {
                Arguments.bind("memoryview." + name, args, keywords, new String[0], 0, 0);
                return MemoryViewMethods.tolist(mv);
            }
            case "toreadonly": {
                Arguments.bind("memoryview." + name, args, keywords, new String[0], 0, 0);
                return ViewFactory.toReadonly(mv);
            }
            case "cast": {
                Object[] a = Arguments.bind(name, args, keywords, new String[]{"format", "shape"}, 1, 0);
                return ViewFactory.cast(mv, a[0], a[1]);
            }
            case "count": {
                Object[] a = Arguments.bind(name, args, keywords, new String[]{"value"}, 1, 1);
                return MemoryViewMethods.count(mv, a[0]);
            }
            case "index": {
                Object[] a = Arguments.bind(name, args, keywords, new String[]{"value", "start", "stop"}, 1, 3);
                return MemoryViewMethods.index(mv, a[0], a[1], a[2]);
            }
            case "__enter__": {
                Arguments.bind("memoryview." + name, args, keywords, new String[0], 0, 0);
                mv.checkReleased();
                return mv;
            }
            case "__exit__": {
                if (keywords.length > 0) {
                    throw PythonError.raise(PythonErrorType.TypeError, "__exit__() takes no keyword arguments");
                }
                mv.release();
                return PNone.INSTANCE;
            }
            default:
                throw PythonError.raise(PythonErrorType.AttributeError, "'memoryview' object has no attribute '" + name + "'");
        }
    }

}
