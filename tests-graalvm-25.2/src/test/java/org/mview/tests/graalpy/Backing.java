package org.mview.tests.graalpy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The memory under a view, made by its owner (JS, Java or mview) with given bytes, and read back by
 * that owner: a write made by Python through a view must be what the owner sees.
 */
enum Backing {
    JS_ARRAY_BUFFER {
        @Override
        Owned make(Context context, byte[] initial) {
            return fromJs(context, initial, "(bytes) => Uint8Array.from(bytes).buffer", "(buffer) => Array.from(new Uint8Array(buffer))");
        }
    },
    JS_INT32_ARRAY {
        @Override
        Owned make(Context context, byte[] initial) {
            return fromJs(context, initial, "(bytes) => new Int32Array(Uint8Array.from(bytes).buffer)", "(array) => Array.from(new Uint8Array(array.buffer))");
        }
    },
    JAVA_BYTE_ARRAY {
        @Override
        Owned make(Context context, byte[] initial) {
            byte[] array = initial.clone();
            return new Owned(array, array::clone);
        }
    },
    HEAP_BYTE_BUFFER {
        @Override
        Owned make(Context context, byte[] initial) {
            ByteBuffer buffer = ByteBuffer.wrap(initial.clone());
            return new Owned(buffer, () -> buffer.array().clone());
        }
    },
    DIRECT_BYTE_BUFFER {
        @Override
        Owned make(Context context, byte[] initial) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(initial.length).put(0, initial);
            return new Owned(buffer, () -> {
                byte[] out = new byte[initial.length];
                buffer.get(0, out);
                return out;
            });
        }
    },
    MEMORY_SEGMENT {
        @Override
        Owned make(Context context, byte[] initial) {
            MemorySegment segment = Arena.ofAuto().allocate(initial.length);
            MemorySegment.copy(initial, 0, segment, ValueLayout.JAVA_BYTE, 0, initial.length);
            return new Owned(segment, () -> segment.toArray(ValueLayout.JAVA_BYTE));
        }
    },
    MVIEW_BYTEARRAY {
        @Override
        Owned make(Context context, byte[] initial) {
            Value bytearray = context.eval("mview", "lambda b: bytearray(memoryview(b))").execute((Object) initial);
            return new Owned(bytearray, () -> {
                byte[] out = new byte[(int) bytearray.getBufferSize()];
                bytearray.readBuffer(0, out, 0, out.length);
                return out;
            });
        }
    };

    /** An exporter and how its owner reads its bytes now. */
    record Owned(Object exporter, java.util.function.Supplier<byte[]> bytes) {
    }

    abstract Owned make(Context context, byte[] initial);

    /** A JS exporter made by the function {@code make} from the bytes, read back by the function {@code read}. */
    private static Owned fromJs(Context context, byte[] initial, String make, String read) {
        Value exporter = context.eval("js", make).execute((Object) initial);
        Value reader = context.eval("js", read);
        return new Owned(exporter, () -> {
            Value array = reader.execute(exporter);
            byte[] out = new byte[(int) array.getArraySize()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) array.getArrayElement(i).asInt();
            }
            return out;
        });
    }
}
