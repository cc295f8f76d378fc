package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for the tools that move around or change the tree (cd, mkdir, touch, echo, mv, cp, rm, rmdir). Each
 * checks the model first (the folder exists, the new name is free, the directory is empty) and applies its change to
 * the model, so later requests see the tree as the tools will leave it. Only files are moved or copied: the
 * reference's moved directories keep stale parent links, which would make {@code cd ..} surprising.
 */
final class FsEditing {

    private final FsModel model;
    private final Wording w;
    private final SplittableRandom r;

    FsEditing(FsModel model, Wording wording) {
        this.model = model;
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> cd(), room -> up(), room -> mkdir(), room -> touch(), room -> echo(), room -> mv(),
            room -> cp(), room -> rm(), room -> rmdir());
    }

    private Request cd() {
        List<String> dirs = model.cwd.dirs();
        if (dirs.isEmpty()) {
            return null;
        }
        String d = FsVocabulary.pick(dirs, r);
        model.cwd = model.cwd.dir(d);
        return Request.of(w.phrase(List.of("go into {d}", "switch to the {d} folder", "change directory to {d}",
            "step inside {d}", "move into the {d} directory", "navigate to {d}"), "d", w.quote(d)),
            CallText.of("cd", "folder", d)).vague(w.pick("go into one of the subfolders", "switch to another folder",
                "change into a directory below this one"),
                w.phrase(List.of("The folder is {d}.", "I meant {d}.", "Go with {d}."), "d", w.quote(d)));
    }

    private Request up() {
        if (model.cwd.parent == null) {
            return null;
        }
        model.cwd = model.cwd.parent;
        return Request.of(w.pick("go back up one level", "return to the parent directory", "step out to the folder above",
            "head up a directory", "leave this folder for its parent"), CallText.of("cd", "folder", ".."));
    }

    private String freshName(boolean file) {
        for (int i = 0; i < 8; i++) {
            String name = file ? FsVocabulary.file(r) : FsVocabulary.pick(FsVocabulary.DIRS, r);
            name = r.nextInt(3) == 0 ? FsVocabulary.variant(name, r) : name;
            if (model.free(name)) {
                return name;
            }
        }
        return null;
    }

    private Request mkdir() {
        String d = freshName(false);
        if (d == null) {
            return null;
        }
        model.cwd.addDir(d);
        return Request.of(w.phrase(List.of("create a folder called {d}", "make a new directory named {d}",
            "set up a {d} directory here", "add a subfolder {d}", "run mkdir to make {d}"), "d", w.quote(d)),
            CallText.of("mkdir", "dir_name", d)).vague(w.pick("create a new folder here", "make a fresh directory",
                "add a subfolder for me"), w.phrase(List.of("Name it {d}.", "Call it {d}.", "The name should be {d}."),
                    "d", w.quote(d)));
    }

    private Request touch() {
        String f = freshName(true);
        if (f == null) {
            return null;
        }
        model.cwd.entries.put(f, "");
        return Request.of(w.phrase(List.of("create an empty file named {f}", "use touch to create {f}", "make a blank file {f}",
            "start a new empty file called {f}"), "f", w.quote(f)), CallText.of("touch", "file_name", f)).vague(
                w.pick("create a new empty file", "make a blank file here"),
                w.phrase(List.of("Name it {f}.", "The file should be called {f}."), "f", w.quote(f)));
    }

    private Request echo() {
        List<String> files = model.cwd.files();
        if (files.isEmpty()) {
            return null;
        }
        String f = FsVocabulary.pick(files, r);
        String text = FsVocabulary.pick(FsVocabulary.WRITINGS, r);
        model.cwd.entries.put(f, text);
        return Request.of(w.phrase(List.of("overwrite {f} with the text {t}", "write {t} into {f}",
            "replace whatever is in {f} with {t}", "put the line {t} in {f}"), "f", w.quote(f), "t", "\"" + text + "\""),
            CallText.of("echo", "content", text, "file_name", f)).vague(
                w.phrase(List.of("write a note into {f}", "replace the contents of {f}"), "f", w.quote(f)),
                w.phrase(List.of("The text is: {t}", "Write exactly this: {t}"), "t", text));
    }

    private Request mv() {
        String f = pickFile();
        if (f == null) {
            return null;
        }
        List<String> into = model.cwd.dirs().stream().filter(d -> !model.cwd.dir(d).entries.containsKey(f)).toList();
        Object content = model.cwd.entries.remove(f);
        if (!into.isEmpty() && r.nextBoolean()) {
            String d = FsVocabulary.pick(into, r);
            model.cwd.dir(d).entries.put(f, content);
            return Request.of(w.phrase(List.of("move {f} into {d}", "put {f} in the {d} folder",
                "relocate {f} to {d}", "shift {f} over to {d}"), "f", w.quote(f), "d", w.quote(d)),
                CallText.of("mv", "source", f, "destination", d)).vague(
                    w.phrase(List.of("move {f} into one of the folders", "put {f} somewhere else"), "f", w.quote(f)),
                    w.phrase(List.of("Put it in {d}.", "The folder is {d}."), "d", w.quote(d)));
        }
        String g = FsVocabulary.variant(f, r);
        if (!model.free(g)) {
            model.cwd.entries.put(f, content);
            return null;
        }
        model.cwd.entries.put(g, content);
        return Request.of(w.phrase(List.of("rename {f} to {g}", "change the name of {f} to {g}",
            "call {f} {g} from now on", "give {f} the new name {g}"), "f", w.quote(f), "g", w.quote(g)),
            CallText.of("mv", "source", f, "destination", g)).vague(
                w.phrase(List.of("rename {f}", "give {f} a new name"), "f", w.quote(f)),
                w.phrase(List.of("The new name is {g}.", "Rename it to {g}."), "g", w.quote(g)));
    }

    private Request cp() {
        String f = pickFile();
        String g = f == null ? null : FsVocabulary.variant(f, r);
        if (f == null || !model.free(g)) {
            return null;
        }
        model.cwd.entries.put(g, model.cwd.entries.get(f));
        return Request.of(w.phrase(List.of("copy {f} to {g}", "duplicate {f} as {g}", "make a copy of {f} named {g}",
            "back {f} up as {g}"), "f", w.quote(f), "g", w.quote(g)), CallText.of("cp", "source", f, "destination", g))
            .vague(w.phrase(List.of("make a copy of {f}", "duplicate {f}"), "f", w.quote(f)),
                w.phrase(List.of("Name the copy {g}.", "The copy should be {g}."), "g", w.quote(g)));
    }

    private Request rm() {
        String f = pickFile();
        if (f == null) {
            return null;
        }
        model.cwd.entries.remove(f);
        return Request.of(w.phrase(List.of("delete {f}", "remove the file {f}", "get rid of {f}", "trash {f}"),
            "f", w.quote(f)), CallText.of("rm", "file_name", f)).vague(w.pick("delete one of the files here",
                "remove a file from this folder"), w.phrase(List.of("The file is {f}.", "Delete {f}."), "f", w.quote(f)));
    }

    private Request rmdir() {
        List<String> empty = model.emptyDirs();
        if (empty.isEmpty()) {
            return null;
        }
        String d = FsVocabulary.pick(empty, r);
        model.cwd.entries.remove(d);
        return Request.of(w.phrase(List.of("remove the empty folder {d}", "delete the directory {d}, it's empty",
            "run rmdir on {d}", "clean up the unused {d} directory"), "d", w.quote(d)), CallText.of("rmdir", "dir_name", d));
    }

    private String pickFile() {
        List<String> files = model.cwd.files();
        return files.isEmpty() ? null : FsVocabulary.pick(files, r);
    }
}
