package org.mview.benchmarks;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The interop floor of issue 7: a language whose only value is a trivial foreign array over a
 * {@code byte[]} ({@link FloorArray}). Its source is {@code "d COUNT STEP"} or {@code "i COUNT STEP"}:
 * a fresh zeroed array of {@code COUNT} doubles or ints, seen with the given element step, exactly like
 * the mview view {@code memoryview(bytearray(...)).cast(T)[::STEP]} the suite compares it with.
 */
@TruffleLanguage.Registration(id = FloorLanguage.ID, name = "Interop floor", version = "1", characterMimeTypes = "application/x-mview-floor")
public final class FloorLanguage extends TruffleLanguage<Object> {

    public static final String ID = "mviewfloor";

    @Override
    protected Object createContext(Env env) {
        return new Object();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        String[] words = request.getSource().getCharacters().toString().trim().split("\\s+");
        boolean doubles = words[0].equals("d");
        long count = Long.parseLong(words[1]);
        int step = Integer.parseInt(words[2]);
        int itemsize = doubles ? 8 : 4;
        byte[] data = new byte[Math.toIntExact(count * itemsize)];
        long length = (count + step - 1) / step;
        Object array = doubles ? new FloorArray.Doubles(data, length, step * itemsize) : new FloorArray.Ints(data, length, step * itemsize);
        return new RootNode(this) {
            @Override
            public Object execute(VirtualFrame frame) {
                return array;
            }
        }.getCallTarget();
    }
}
