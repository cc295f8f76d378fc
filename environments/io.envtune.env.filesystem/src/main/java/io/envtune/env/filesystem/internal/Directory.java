package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BFCL's {@code Directory}: a name, a parent pointer fixed at creation and an insertion-ordered contents dict.
 *
 * <p>Two reference quirks live here on purpose. {@code mv} of a directory makes a new directory and hands it the
 * <em>same</em> contents map ({@link #shareContents}), so the children keep pointing at the old, detached parent;
 * {@code cp} hands it a shallow copy ({@link #copyContentsOf}), so the children are shared objects. Python equality
 * is name and contents; the parent is ignored.
 */
final class Directory implements Node {

    private final String name;
    private final Directory parent;
    private Map<String, Node> contents = new LinkedHashMap<>();

    /**
     * @param name the directory name
     * @param parent the parent, or null for the root
     */
    Directory(String name, Directory parent) {
        this.name = name;
        this.parent = parent;
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the parent given at creation (possibly stale), or null for the root */
    Directory parent() {
        return parent;
    }

    /** @return the live contents map, in insertion order */
    Map<String, Node> contents() {
        return contents;
    }

    /**
     * The reference's {@code _get_item}: {@code "."} is the directory itself, anything else a direct child.
     *
     * @param itemName a name (already known to be hashable)
     * @return the entry, or null
     */
    Node item(Object itemName) {
        if (".".equals(itemName)) {
            return this;
        }
        return itemName instanceof String s ? contents.get(s) : null;
    }

    /**
     * The reference's {@code _add_file}.
     *
     * @param fileName the new name
     * @param content the content
     * @throws PyException the reference's {@code ValueError} when the name is taken
     */
    void addFile(String fileName, Object content) {
        if (contents.containsKey(fileName)) {
            throw new PyException("File '" + fileName + "' already exists in directory '" + name + "'.",
                FailureKind.ALREADY_EXISTS, null);
        }
        contents.put(fileName, new File(fileName, content));
    }

    /**
     * The reference's {@code _add_directory}.
     *
     * @param dirName the new name
     * @return the new, empty directory
     * @throws PyException the reference's {@code ValueError} when the name is taken
     */
    Directory addDirectory(String dirName) {
        if (contents.containsKey(dirName)) {
            throw new PyException("Directory '" + dirName + "' already exists in directory '" + name + "'.",
                FailureKind.ALREADY_EXISTS, null);
        }
        Directory made = new Directory(dirName, this);
        contents.put(dirName, made);
        return made;
    }

    /** @param other whose contents map this directory now shares (the {@code mv} quirk) */
    void shareContents(Directory other) {
        this.contents = other.contents;
    }

    /** @param other whose contents this directory now holds as a shallow copy (the {@code cp} quirk) */
    void copyContentsOf(Directory other) {
        this.contents = new LinkedHashMap<>(other.contents);
    }

    @Override
    public String pyClassName() {
        return "Directory";
    }

    @Override
    public Map<String, Object> canonicalFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("parent", parent == null ? null : parent.name);
        out.put("contents", new LinkedHashMap<String, Object>(contents));
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Directory d && name.equals(d.name) && contents.equals(d.contents);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "<Directory: " + name + ", Parent: " + (parent == null ? null : parent.name) + ", Contents: "
            + contents + ">";
    }
}
