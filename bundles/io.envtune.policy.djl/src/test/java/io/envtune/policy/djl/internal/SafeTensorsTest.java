package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

public class SafeTensorsTest {

    @Test
    public void roundTripKeepsNamesShapesBytesAndMetadata() throws Exception {
        Path file = TinyModels.tempDir("st").resolve("model.safetensors");
        Map<String, HostTensor> in = new LinkedHashMap<>();
        in.put("model.layers.0.self_attn.q_proj.weight", HostTensor.ofFloats(new long[] {2, 3},
                new float[] {1, -2, 3.5f, Float.MIN_VALUE, -0f, 1e30f}));
        in.put("a.bias", HostTensor.ofFloats(new long[] {1}, new float[] {42}));
        SafeTensors.write(file, in, Map.of("format", "pt"));
        assertFalse(Files.exists(file.resolveSibling("model.safetensors.tmp")));
        byte[] raw = Files.readAllBytes(file);
        long headerLen = ByteBuffer.wrap(raw, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals("data section is 8-byte aligned", 0, headerLen % 8);
        SafeTensors.Contents out = SafeTensors.read(file);
        assertEquals("pt", out.metadata().get("format"));
        assertEquals(in.keySet(), out.tensors().keySet());
        for (String name : in.keySet()) {
            assertArrayEquals(in.get(name).shape(), out.tensors().get(name).shape());
            assertArrayEquals(in.get(name).toFloats(), out.tensors().get(name).toFloats(), 0f);
        }
    }

    @Test
    public void halfPrecisionWidensExactly() {
        ByteBuffer bf16 = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        bf16.putShort((short) 0x3FC0).putShort((short) 0xC000).flip(); // 1.5, -2.0
        assertArrayEquals(new float[] {1.5f, -2f}, new HostTensor("BF16", new long[] {2}, bf16).toFloats(), 0f);
        ByteBuffer f16 = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
        f16.putShort((short) 0x3C00).putShort((short) 0xC100).putShort((short) 0x0001).flip(); // 1, -2.5, 2^-24
        assertArrayEquals(new float[] {1f, -2.5f, 0x1p-24f}, new HostTensor("F16", new long[] {3}, f16).toFloats(),
                0f);
    }

    @Test(expected = IllegalArgumentException.class)
    public void byteCountMustMatchShape() {
        new HostTensor("F32", new long[] {3}, ByteBuffer.allocate(8));
    }
}
