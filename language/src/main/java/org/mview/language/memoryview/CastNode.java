package org.mview.language.memoryview;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.BufferFormat;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;

/**
 * {@code m.cast(format)} without a shape, with the format string cached and parsed once: the common
 * cast to a flat view of another native format, made in compiled code. Every other cast, and every
 * cast that fails a check, is {@link ViewFactory#cast}, which checks in CPython's order and raises its
 * errors; the fast path only repeats checks that cost a comparison, so it never answers differently.
 */
@GenerateUncached
public abstract class CastNode extends Node {

    static final int FORMAT_LIMIT = 3;

    public abstract MemoryView execute(MemoryView mv, Object format, Object shape);

    @Specialization(guards = {"shape == null", "same(format, cachedFormat)", "dest != OTHER"}, limit = "FORMAT_LIMIT")
    static MemoryView doFlat(MemoryView mv, @SuppressWarnings("unused") String format, Object shape,
                    @Bind Node node,
                    @Cached("format") String cachedFormat,
                    @Cached("parse(format)") BufferFormat dest,
                    @Cached InlinedBranchProfile slowPath) {
        BufferDescriptor v = mv.descriptor();
        int itemsize = dest.itemsize();
        if (mv.isReleased() || !mv.isCContiguous() || (v.ndim() != 1 && ViewFactory.hasZeroInShape(v)) || (!v.kind().isByteFormat() && !dest.isByteFormat()) ||
                        v.len() % itemsize != 0) {
            slowPath.enter(node);
            return ViewFactory.cast(mv, format, shape);
        }
        BufferDescriptor cast = new BufferDescriptor(v.obj(), v.storage(), v.offset(), v.len(), itemsize, v.readonly(), cachedFormat, dest,
                        new long[]{v.len() / itemsize}, new long[]{itemsize}, null);
        return new MemoryView(mv.managedBuffer(), cast);
    }

    @Specialization(replaces = "doFlat")
    static MemoryView doGeneric(MemoryView mv, Object format, Object shape) {
        return ViewFactory.cast(mv, format, shape);
    }

    static final BufferFormat OTHER = BufferFormat.OTHER;

    /** Identity first: a literal in mview source is one string; a JS string converts to an equal one. */
    static boolean same(String format, String cachedFormat) {
        return format == cachedFormat || format.equals(cachedFormat);
    }

    /** The destination format, or OTHER when the string is not one a cast accepts (the generic path raises). */
    static BufferFormat parse(String format) {
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) > 127) {
                return BufferFormat.OTHER;
            }
        }
        return BufferFormat.parse(format);
    }
}
