package io.claimstream.contracts;

/**
 * Vectors as IEEE 754 half-precision floats, little-endian: 2 bytes a dimension, 768 bytes for a
 * 384-dimensional vector. This is how claim vectors are shipped in {@link ClaimEmbeddings} and
 * stored by the query side (never as JSON number arrays), so it lives with the contract. A unit
 * vector's components lose about 1e-3 of relative precision, far below what changes a similarity
 * ranking.
 */
public final class HalfFloats {

    private HalfFloats() {
    }

    public static byte[] encode(float[] vector) {
        byte[] bytes = new byte[vector.length * 2];
        for (int i = 0; i < vector.length; i++) {
            short half = toHalf(vector[i]);
            bytes[2 * i] = (byte) half;
            bytes[2 * i + 1] = (byte) (half >> 8);
        }
        return bytes;
    }

    public static float[] decode(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("an odd number of bytes (" + bytes.length + ") is no half-float vector");
        }
        float[] vector = new float[bytes.length / 2];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = toFloat((short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)));
        }
        return vector;
    }

    static short toHalf(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = bits & 0x7fffff;
        if (((bits >>> 23) & 0xff) == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0)); // infinity or NaN
        }
        if (exponent >= 0x1f) {
            return (short) (sign | 0x7c00); // too large: infinity
        }
        if (exponent <= 0) {
            if (exponent < -10) {
                return (short) sign; // too small: zero
            }
            mantissa |= 0x800000; // subnormal: shift in the implicit leading 1, round to nearest
            int shift = 14 - exponent;
            int half = mantissa >> shift;
            if (((mantissa >> (shift - 1)) & 1) != 0) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = sign | (exponent << 10) | (mantissa >> 13);
        if ((mantissa & 0x1000) != 0) {
            half++; // round to nearest; a carry into the exponent is still the right value
        }
        return (short) half;
    }

    static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = (h >>> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            if (mantissa == 0) {
                return Float.intBitsToFloat(sign);
            }
            float value = mantissa / 1024f / 16384f;
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }
}
