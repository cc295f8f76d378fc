package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * No two classes of the toolkit depend on each other, directly or around a loop: the compiled classes are read with
 * ASM, every type a class names (fields, signatures, instructions, constants, annotations) is an edge, a nested class
 * counts as its top-level class, and every strongly connected component of more than one class is reported.
 * Layering by hand (a lower class never calls back up) is what keeps the value model and the call parser readable
 * one class at a time.
 */
public final class ClassCycleTest {

    @Test
    public void theToolkitHasNoClassLevelCycles() throws IOException {
        Path classes = classesDir();
        Map<String, Set<String>> graph = graph(classFiles(classes));
        assertTrue("too few classes read from " + classes + ": " + graph.size(), graph.size() > 60);
        assertEquals("class-level cycles in the toolkit", List.of(), cycles(graph));
    }

    /** The packages are layered too: value, internal.python, internal.call, the exported façades, generate. */
    @Test
    public void theToolkitsPackagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> packages = new TreeMap<>();
        graph(classFiles(classesDir())).forEach((c, refs) -> {
            Set<String> to = packages.computeIfAbsent(packageOf(c), k -> new TreeSet<>());
            refs.forEach(r -> to.add(packageOf(r)));
        });
        packages.forEach((p, to) -> to.remove(p));
        assertEquals("package cycles in the toolkit", List.of(), cycles(packages));
        assertTrue(packages.toString(), packages.get("io/envtune/toolkit/value").isEmpty());
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/'));
    }

    @Test
    public void aTwoWayPairIsFound() throws IOException {
        Map<String, Set<String>> graph = graph(List.of(bytes(CycleProbeA.class), bytes(CycleProbeB.class),
            bytes(ClassCycleTest.class)));
        List<Set<String>> cycles = cycles(graph);
        assertEquals(cycles.toString(), 1, cycles.size());
        assertEquals(Set.of("io/envtune/toolkit/CycleProbeA", "io/envtune/toolkit/CycleProbeB"), cycles.get(0));
    }

    /** @return top-level class → the top-level classes of the same set it names */
    static Map<String, Set<String>> graph(List<byte[]> classFiles) {
        Map<String, Set<String>> named = new TreeMap<>();
        for (byte[] b : classFiles) {
            ClassReader reader = new ClassReader(b);
            String self = topLevel(reader.getClassName());
            Set<String> refs = named.computeIfAbsent(self, k -> new TreeSet<>());
            Remapper collector = new Remapper() {
                @Override
                public String map(String internalName) {
                    refs.add(topLevel(internalName));
                    return internalName;
                }
            };
            reader.accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) { }, collector), 0);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        named.forEach((c, refs) -> {
            Set<String> inSet = new TreeSet<>(refs);
            inSet.retainAll(named.keySet());
            inSet.remove(c);
            graph.put(c, inSet);
        });
        return graph;
    }

    private static String topLevel(String internalName) {
        int dollar = internalName.indexOf('$');
        return dollar < 0 ? internalName : internalName.substring(0, dollar);
    }

    /** Tarjan's strongly connected components, keeping those of two classes or more. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : graph.get(v)) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static Path classesDir() {
        try {
            return Path.of(ToolTable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> classFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(ClassCycleTest::read).toList();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}

/** Half of a deliberate two-way pair, so the scan is shown to find one. */
final class CycleProbeA {
    CycleProbeB other;
}

/** The other half. */
final class CycleProbeB {
    CycleProbeA other;
}
