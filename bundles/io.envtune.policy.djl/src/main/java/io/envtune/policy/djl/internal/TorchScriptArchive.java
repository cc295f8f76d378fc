package io.envtune.policy.djl.internal;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A TorchScript module archive, as {@code torch.jit.save} lays it out, for a module class that holds no tensors: its
 * TorchScript source ({@code code/__torch__.py}), the pickled module object ({@code data.pkl}: an instance whose only
 * attribute is {@code training}), an empty constants table and the format version. The engine compiles the source
 * when it loads the archive. This is how the runtime reaches engine operators that DJL has no binding for, without
 * Python anywhere.
 */
final class TorchScriptArchive {

    /** The oldest archive format that stores code as source; every engine since PyTorch 1.5 reads it. */
    private static final String FORMAT_VERSION = "3";

    private TorchScriptArchive() {
    }

    /**
     * Compiles and loads a module on the CPU.
     *
     * @param manager a CPU manager of the PyTorch engine (the module lives as long as it, or until closed)
     * @param className the module class
     * @param source its TorchScript definition
     * @return the loaded module
     * @throws IllegalStateException when the engine is not PyTorch on the CPU or the source does not compile (the
     *         engine's message says where)
     */
    static PtSymbolBlock load(NDManager manager, String className, String source) {
        if (!(manager instanceof PtNDManager pt) || manager.getDevice().getDeviceType() != Device.Type.CPU) {
            throw new IllegalStateException(className + " needs the PyTorch engine on the CPU, not "
                    + manager.getEngine().getEngineName() + " on " + manager.getDevice());
        }
        try {
            return JniUtils.loadModule(pt, new ByteArrayInputStream(of(className, source)), false, false);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(className + " did not load: " + e.getMessage(), e);
        }
    }

    /**
     * @param className the module class, a Python identifier (qualified as {@code __torch__.className})
     * @param source the class definition in TorchScript (it must declare {@code training : bool})
     * @return the archive bytes, for the engine's module loader
     */
    static byte[] of(String className, String source) {
        if (!className.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a class name: " + className);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            String root = "module/";
            stored(zip, root + "data.pkl", moduleObject(className));
            stored(zip, root + "code/__torch__.py", source.getBytes(StandardCharsets.UTF_8));
            stored(zip, root + "constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
            stored(zip, root + "version", (FORMAT_VERSION + "\n").getBytes(StandardCharsets.US_ASCII));
            stored(zip, root + "byteorder", "little".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Pickle protocol 2 for {@code __torch__.<className>()} with state {@code {"training": False}}: GLOBAL,
     * EMPTY_TUPLE, NEWOBJ, EMPTY_DICT, BINUNICODE key, NEWFALSE, SETITEM, BUILD, STOP.
     */
    private static byte[] moduleObject(String className) {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0x80);
        p.write(2);
        p.writeBytes(("c__torch__\n" + className + "\n").getBytes(StandardCharsets.US_ASCII));
        p.write(')');
        p.write(0x81);
        p.write('}');
        byte[] key = "training".getBytes(StandardCharsets.US_ASCII);
        p.write('X');
        p.write(key.length);
        p.write(0);
        p.write(0);
        p.write(0);
        p.writeBytes(key);
        p.write(0x89);
        p.write('s');
        p.write('b');
        p.write('.');
        return p.toByteArray();
    }

    /** Entries are stored, not deflated, as {@code torch.jit.save} writes them. */
    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
