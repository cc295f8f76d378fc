package io.envtune.policy.djl.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A tensor in host memory as safetensors stores it: dtype name, shape and little-endian bytes. Plain Java, so the
 * built-in model writer and the checkpoint code need no DJL.
 *
 * @param dtype the safetensors dtype ({@code F32}, {@code BF16}, {@code F16}, {@code I64}, …)
 * @param shape the shape
 * @param data the raw little-endian bytes, positioned at 0
 */
public record HostTensor(String dtype, long[] shape, ByteBuffer data) {

    /** Checks the byte count against dtype and shape. */
    public HostTensor {
        shape = shape.clone();
        data = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        long expected = elementCount(shape) * bytesPer(dtype);
        if (data.remaining() != expected) {
            throw new IllegalArgumentException("tensor of " + dtype + Arrays.toString(shape) + " needs " + expected
                    + " bytes, has " + data.remaining());
        }
    }

    /**
     * Wraps float32 values.
     *
     * @param shape the shape
     * @param values the values, row-major
     * @return the tensor
     */
    public static HostTensor ofFloats(long[] shape, float[] values) {
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return new HostTensor("F32", shape, buf);
    }

    /**
     * @param shape a shape
     * @return the number of elements
     */
    public static long elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * @param dtype a safetensors dtype name
     * @return its element size in bytes
     */
    public static int bytesPer(String dtype) {
        switch (dtype) {
            case "F64": case "I64": case "U64":
                return 8;
            case "F32": case "I32": case "U32":
                return 4;
            case "F16": case "BF16": case "I16": case "U16":
                return 2;
            case "I8": case "U8": case "BOOL": case "F8_E4M3": case "F8_E5M2":
                return 1;
            default:
                throw new IllegalArgumentException("unknown safetensors dtype " + dtype);
        }
    }

    /**
     * Converts floating-point data to a new direct little-endian float32 buffer (the form the engine takes without
     * another copy). BF16 and F16 are widened exactly.
     *
     * @return the float32 bytes
     */
    public ByteBuffer toFloat32Direct() {
        int n = Math.toIntExact(elementCount(shape));
        ByteBuffer out = ByteBuffer.allocateDirect(n * 4).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer in = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        switch (dtype) {
            case "F32":
                out.put(in);
                break;
            case "BF16":
                for (int i = 0; i < n; i++) {
                    out.putInt((in.getShort() & 0xffff) << 16);
                }
                break;
            case "F16":
                for (int i = 0; i < n; i++) {
                    out.putFloat(halfToFloat(in.getShort()));
                }
                break;
            case "F64":
                for (int i = 0; i < n; i++) {
                    out.putFloat((float) in.getDouble());
                }
                break;
            default:
                throw new IllegalArgumentException("not a floating-point tensor: " + dtype);
        }
        return out.flip();
    }

    /**
     * @return the values as float32
     */
    public float[] toFloats() {
        ByteBuffer buf = toFloat32Direct();
        float[] out = new float[buf.remaining() / 4];
        buf.asFloatBuffer().get(out);
        return out;
    }

    /** IEEE 754 binary16 to float (Java 17 has no built-in for it). */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h >>> 15) << 31;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float value = mant * 0x1p-24f;
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }
}
