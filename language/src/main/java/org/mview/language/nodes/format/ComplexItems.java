package org.mview.language.nodes.format;

import org.mview.language.objects.complex.PComplex;
import org.mview.language.runtime.PyObjects;

/**
 * {@code 'Zf'} and {@code 'Zd'} (and their byte-order forms): a complex number as two floats, real part
 * first, as CPython 3.15 and NumPy lay out {@code complex64}/{@code complex128}. Any Python number packs
 * (an int or float is the real part).
 */
final class ComplexItems extends ExtendedFormat {

    private final String name;
    private final boolean isDouble;
    private final boolean bigEndian;

    ComplexItems(String name, boolean isDouble, boolean bigEndian) {
        this.name = name;
        this.isDouble = isDouble;
        this.bigEndian = bigEndian;
    }

    @Override
    public int itemsize() {
        return isDouble ? 16 : 8;
    }

    @Override
    public Object unpack(byte[] bytes, int at) {
        return new PComplex(part(bytes, at), part(bytes, at + itemsize() / 2));
    }

    private double part(byte[] bytes, int at) {
        if (isDouble) {
            return Double.longBitsToDouble(readBits(bytes, at, 8, bigEndian));
        }
        return Float.intBitsToFloat((int) readBits(bytes, at, 4, bigEndian));
    }

    @Override
    public byte[] pack(Object value) {
        double re;
        double im;
        if (value instanceof PComplex c) {
            re = c.real();
            im = c.imag();
        } else if (PyObjects.isNumber(value)) {
            re = PyObjects.asDouble(value);
            im = 0.0;
        } else {
            throw ItemCodec.invalidType(name);
        }
        byte[] out = new byte[itemsize()];
        int half = itemsize() / 2;
        if (isDouble) {
            writeBits(out, 0, 8, bigEndian, Double.doubleToRawLongBits(re));
            writeBits(out, 8, 8, bigEndian, Double.doubleToRawLongBits(im));
        } else {
            if (Float.isInfinite((float) re) && !Double.isInfinite(re) || Float.isInfinite((float) im) && !Double.isInfinite(im)) {
                throw ItemCodec.invalidValue(name);
            }
            writeBits(out, 0, half, bigEndian, Float.floatToRawIntBits((float) re));
            writeBits(out, half, half, bigEndian, Float.floatToRawIntBits((float) im));
        }
        return out;
    }
}
