package org.mview.language.nodes.format;

/**
 * IEEE 754 binary16, converted directly from and to {@code double} with round-half-to-even, as
 * CPython's {@code PyFloat_Pack2}/{@code PyFloat_Unpack2} do (rounding through {@code float} first
 * would round twice).
 */
final class HalfFloat {

    /** Returned by {@link #fromDouble} when the value is finite but too large for binary16. */
    static final short OVERFLOW = (short) 0x7C01; // a NaN pattern never produced for real NaNs

    private HalfFloat() {
    }

    static double toDouble(short half) {
        int bits = half & 0xFFFF;
        int sign = bits >>> 15;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        double magnitude;
        if (exponent == 0x1F) {
            magnitude = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exponent == 0) {
            magnitude = mantissa * 0x1p-24;
        } else {
            magnitude = (1024 + mantissa) * Math.scalb(1.0, exponent - 25);
        }
        return sign == 0 ? magnitude : -magnitude;
    }

    static short fromDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int sign = (int) (bits >>> 63) << 15;
        if (Double.isNaN(value)) {
            // CPython keeps the sign and sets the quiet bit.
            return (short) (sign | 0x7E00);
        }
        double magnitude = Math.abs(value);
        if (Double.isInfinite(magnitude)) {
            return (short) (sign | 0x7C00);
        }
        if (magnitude == 0.0) {
            return (short) sign;
        }
        // Scale so that the binary16 result is an integer count of units in the last place.
        int exponent = Math.getExponent(magnitude);
        double units;
        int biased;
        if (exponent < -14) {
            units = magnitude * 0x1p24; // subnormal: the unit is 2^-24
            biased = 0;
        } else {
            units = Math.scalb(magnitude, 10 - exponent); // in [1024, 2048)
            biased = exponent + 15;
        }
        long rounded = (long) Math.rint(units); // round half to even
        if (biased == 0) {
            if (rounded >= 1024) {
                return (short) (sign | (1 << 10) | (int) (rounded - 1024)); // rounded up to the smallest normal
            }
            return (short) (sign | (int) rounded);
        }
        if (rounded == 2048) {
            rounded = 1024;
            biased++;
        }
        if (biased >= 0x1F) {
            return OVERFLOW;
        }
        return (short) (sign | (biased << 10) | (int) (rounded - 1024));
    }
}
