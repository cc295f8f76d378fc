package io.envtune.env.filesystem.internal;

import java.util.Map;

/**
 * Builds the file tree from a scenario's nested {@code {"type": "directory"|"file", "contents"|"content"}} dicts, in
 * JSON order, applying the long-context padding the way the reference's loader does.
 */
final class TreeLoader {

    private final Padding padding;

    /** @param padding the long-context padding, or null */
    TreeLoader(Padding padding) {
        this.padding = padding;
    }

    /**
     * @param scenario the scenario dict
     * @return the root directory
     */
    Directory root(Map<?, ?> scenario) {
        if (scenario.get("root") instanceof Map<?, ?> roots && !roots.isEmpty()) {
            Map.Entry<?, ?> first = roots.entrySet().iterator().next();
            return directory(String.valueOf(first.getKey()), asMap(first.getValue()), null);
        }
        return new Directory("/", null);
    }

    private Directory directory(String name, Map<?, ?> data, Directory parent) {
        Directory dir = new Directory(name, parent);
        boolean bottommost = true;
        Object contents = data.get("contents");
        if (contents instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> e : entries.entrySet()) {
                String childName = String.valueOf(e.getKey());
                Map<?, ?> child = asMap(e.getValue());
                if ("directory".equals(child.get("type"))) {
                    bottommost = false;
                    dir.contents().put(childName, directory(childName, child, dir));
                } else if ("file".equals(child.get("type"))) {
                    dir.contents().put(childName, new File(childName, content(childName, child.get("content"))));
                }
            }
        }
        if (padding != null && bottommost) {
            // Directories without sub-directories (the root too) get the empty padding files after their own.
            padding.populateFiles().forEach(f -> dir.contents().put(f, new File(f, "")));
        }
        return dir;
    }

    private Object content(String fileName, Object content) {
        Object text = content == null ? "" : content;
        if (padding != null && !padding.tailUsed().contains(fileName)) {
            return text + padding.contentExtension();
        }
        return text;
    }

    private static Map<?, ?> asMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("GorillaFileSystem scenario entry must be an object: " + value);
    }
}
