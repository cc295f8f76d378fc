package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BFCL's {@code File}: a name and a content. The content is normally a string, but {@code echo} stores whatever
 * value it is given, so it is kept as a Python value. Python equality is name and content; the private
 * modification time of the reference is not modelled because it is never compared or printed.
 */
final class File implements Node {

    private final String name;
    private Object content;

    /**
     * @param name the file name
     * @param content the content (Python value, normally a string)
     */
    File(String name, Object content) {
        this.name = name;
        this.content = content;
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the content (Python value) */
    Object content() {
        return content;
    }

    /** @param newContent replaces the content, like the reference's {@code _write} */
    void write(Object newContent) {
        this.content = newContent;
    }

    @Override
    public String pyClassName() {
        return "File";
    }

    @Override
    public Map<String, Object> canonicalFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("content", content);
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof File f && name.equals(f.name) && PyValues.eq(content, f.content);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "<<File: " + name + ", Content: " + content + ">>";
    }
}
