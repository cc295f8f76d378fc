package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's model of a file tree: what exists where and the current directory, so that drafted calls only
 * name entries that exist (or, to create, that do not) when they run. Files are their content strings, directories
 * {@link Dir}s. Mutated by the request makers exactly as the tools will change the real tree. Not thread-safe.
 */
final class FsModel {

    /** A directory of the model. */
    static final class Dir {
        final String name;
        final Dir parent;
        final Map<String, Object> entries = new LinkedHashMap<>();

        Dir(String name, Dir parent) {
            this.name = name;
            this.parent = parent;
        }

        List<String> files() {
            return entries.entrySet().stream().filter(e -> e.getValue() instanceof String).map(Map.Entry::getKey)
                .toList();
        }

        List<String> dirs() {
            return entries.entrySet().stream().filter(e -> e.getValue() instanceof Dir).map(Map.Entry::getKey)
                .toList();
        }

        Dir dir(String child) {
            return (Dir) entries.get(child);
        }

        Dir addDir(String child) {
            Dir d = new Dir(child, this);
            entries.put(child, d);
            return d;
        }
    }

    final Dir root;
    Dir cwd;

    FsModel(String rootName) {
        this.root = new Dir(rootName, null);
        this.cwd = root;
    }

    /** @return the scenario JSON the environment loads this tree from ({@code {"root": {name: {...}}}}) */
    String scenarioJson() {
        Map<String, Object> rootEntry = new LinkedHashMap<>();
        rootEntry.put(root.name, node(root));
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("root", rootEntry);
        return PyText.dumps(scenario);
    }

    private static Map<String, Object> node(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof Dir d) {
            Map<String, Object> contents = new LinkedHashMap<>();
            d.entries.forEach((k, v) -> contents.put(k, node(v)));
            out.put("type", "directory");
            out.put("contents", contents);
        } else {
            out.put("type", "file");
            out.put("content", value);
        }
        return out;
    }

    /** @return every file name below the current directory, itself included, in pre-order */
    List<String> filesBelow() {
        List<String> out = new ArrayList<>();
        collect(cwd, out);
        return out;
    }

    private static void collect(Dir d, List<String> out) {
        d.entries.forEach((k, v) -> {
            if (v instanceof Dir sub) {
                collect(sub, out);
            } else {
                out.add(k);
            }
        });
    }

    /** @return empty directories in the current directory */
    List<String> emptyDirs() {
        return cwd.dirs().stream().filter(n -> cwd.dir(n).entries.isEmpty()).toList();
    }

    /**
     * @param name a name
     * @return whether the current directory has no entry of that name
     */
    boolean free(String name) {
        return !cwd.entries.containsKey(name);
    }
}
