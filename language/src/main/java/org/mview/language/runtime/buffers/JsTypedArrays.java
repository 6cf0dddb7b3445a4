package org.mview.language.runtime.buffers;

import java.util.Map;

import org.mview.language.buffer.BufferDescriptor;
import org.mview.language.buffer.InteropStorage;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * JS typed arrays and {@code DataView}s. GraalJS exports neither as an interop buffer, but both have
 * the members {@code buffer} (an {@code ArrayBuffer}, which is one), {@code byteOffset} and
 * {@code byteLength}: the view is their region of that buffer, zero-copy. A typed array also has
 * {@code BYTES_PER_ELEMENT} and {@code length}, and its meta-object is named after its constructor,
 * which gives the format; a {@code DataView} (or an unknown element type) is viewed as bytes.
 */
final class JsTypedArrays {

    /** Constructor name → struct format; JS typed arrays use the platform's (little-endian) order. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
                    Map.entry("Int8Array", "b"),
                    Map.entry("Uint8Array", "B"),
                    Map.entry("Uint8ClampedArray", "B"),
                    Map.entry("Int16Array", "h"),
                    Map.entry("Uint16Array", "H"),
                    Map.entry("Int32Array", "i"),
                    Map.entry("Uint32Array", "I"),
                    Map.entry("Float16Array", "e"),
                    Map.entry("Float32Array", "f"),
                    Map.entry("Float64Array", "d"),
                    Map.entry("BigInt64Array", "q"),
                    Map.entry("BigUint64Array", "Q"));

    private JsTypedArrays() {
    }

    /** Whether {@code obj} looks like a typed array or DataView: a region of a buffer. */
    static boolean isRegionOfBuffer(Object obj) {
        if (!ForeignMembers.hasReadable(obj, "buffer", "byteOffset", "byteLength")) {
            return false;
        }
        return InteropLibrary.getUncached().hasBufferElements(ForeignMembers.read(obj, "buffer"));
    }

    static BufferDescriptor describe(Object obj) {
        Object buffer = ForeignMembers.read(obj, "buffer");
        long byteOffset = ForeignMembers.readLong(obj, "byteOffset");
        long byteLength = ForeignMembers.readLong(obj, "byteLength");
        boolean writable;
        try {
            writable = InteropLibrary.getUncached().isBufferWritable(buffer);
        } catch (UnsupportedMessageException e) {
            writable = false;
        }
        InteropStorage storage = new InteropStorage(buffer, writable);
        String format = ForeignMembers.hasReadable(obj, "BYTES_PER_ELEMENT", "length") ? FORMATS.get(ForeignMembers.metaSimpleName(obj)) : null;
        if (format == null) {
            return BufferDescriptor.bytes(obj, storage, byteOffset, byteLength, !writable);
        }
        int itemsize = (int) ForeignMembers.readLong(obj, "BYTES_PER_ELEMENT");
        long length = ForeignMembers.readLong(obj, "length");
        return BufferDescriptor.contiguous(obj, storage, byteOffset, itemsize, !writable, format, new long[]{length});
    }
}
