package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for the tools that read the tree (ls, pwd, cat, grep, sort, tail, wc, diff, find, du): each names
 * only entries the model holds in the current directory, so its call succeeds. Several phrasings per intent; some
 * can be asked without a parameter (miss_param).
 */
final class FsReading {

    private final FsModel model;
    private final Wording w;
    private final SplittableRandom r;

    FsReading(FsModel model, Wording wording) {
        this.model = model;
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> ls(), room -> pwd(), room -> cat(), room -> grep(), room -> sort(), room -> tail(),
            room -> wc(), room -> diff(), room -> find(), room -> du());
    }

    private Request ls() {
        boolean hidden = r.nextBoolean();
        String clause = hidden
            ? w.pick("list everything here, hidden entries included", "show all entries in this directory, dotfiles too",
                "give me a full listing of the current folder including hidden items",
                "print every item in the working directory, even the hidden ones")
            : w.pick("list what's in the current folder", "show me the contents of this directory",
                "tell me which files and folders are here", "print a listing of the working directory",
                "have a look at what this folder contains");
        return Request.of(clause, hidden ? CallText.of("ls", "a", true) : CallText.of("ls"));
    }

    private Request pwd() {
        return Request.of(w.pick("tell me which directory I'm in", "print the working directory",
            "show the full path of the current folder", "remind me where we are in the tree",
            "report the present working directory"), CallText.of("pwd"));
    }

    private String someFile() {
        List<String> files = model.cwd.files();
        return files.isEmpty() ? null : FsVocabulary.pick(files, r);
    }

    private Request cat() {
        String f = someFile();
        if (f == null) {
            return null;
        }
        return Request.of(w.phrase(List.of("show me what {f} says", "print the contents of {f}",
            "open {f} and read it out", "display the text inside {f}", "dump {f} to the screen"), "f", w.quote(f)),
            CallText.of("cat", "file_name", f)).vague(w.pick("show me what one of the files here says",
                "print the contents of a file in this folder", "read me a file from here"),
                w.phrase(List.of("The file is {f}.", "I meant {f}.", "It's {f}."), "f", w.quote(f)));
    }

    private Request grep() {
        String f = someFile();
        String text = f == null ? "" : (String) model.cwd.entries.get(f);
        if (text.isBlank()) {
            return null;
        }
        String[] words = FsVocabulary.pick(List.of(text.split("\n")), r).split(" ");
        String p = words[r.nextInt(words.length)];
        return Request.of(w.phrase(List.of("find the lines of {f} that mention {p}", "search {f} for {p}",
            "grep {f} for the word {p}", "pull out every line in {f} containing {p}",
            "look through {f} for lines with {p} in them"), "f", w.quote(f), "p", w.quote(p)),
            CallText.of("grep", "file_name", f, "pattern", p)).vague(
                w.phrase(List.of("search {f} for something", "grep {f} for me", "look through {f} for a keyword"),
                    "f", w.quote(f)),
                w.phrase(List.of("The pattern is {p}.", "Search for {p}.", "The keyword is {p}."), "p", w.quote(p)));
    }

    private Request sort() {
        String f = someFile();
        return f == null ? null : Request.of(w.phrase(List.of("sort the lines of {f}", "put {f} in alphabetical order",
            "show {f} with its lines sorted", "order the contents of {f} alphabetically"), "f", w.quote(f)),
            CallText.of("sort", "file_name", f));
    }

    private Request tail() {
        String f = someFile();
        if (f == null) {
            return null;
        }
        int n = 2 + r.nextInt(6);
        return Request.of(w.phrase(List.of("show the last {n} lines of {f}", "print the final {n} lines in {f}",
            "give me the bottom {n} lines of {f}", "tail {f}, {n} lines"), "f", w.quote(f), "n", n),
            CallText.of("tail", "file_name", f, "lines", (long) n)).vague(
                w.phrase(List.of("show the last few lines of {f}", "print the end of {f}"), "f", w.quote(f)),
                w.phrase(List.of("Just the last {n} lines.", "Make it {n} lines.", "I need {n} lines."), "n", n));
    }

    private Request wc() {
        String f = someFile();
        if (f == null) {
            return null;
        }
        String mode = FsVocabulary.pick(List.of("l", "w", "c"), r);
        String unit = switch (mode) {
            case "l" -> w.pick("lines", "rows of text");
            case "w" -> w.pick("words", "individual words");
            default -> w.pick("characters", "chars");
        };
        return Request.of(w.phrase(List.of("count the {u} in {f}", "tell me how many {u} {f} has",
            "work out the number of {u} in {f}", "give me a {u} count for {f}"), "u", unit, "f", w.quote(f)),
            CallText.of("wc", "file_name", f, "mode", mode));
    }

    private Request diff() {
        List<String> files = model.cwd.files();
        if (files.size() < 2) {
            return null;
        }
        int i = r.nextInt(files.size());
        int j = (i + 1 + r.nextInt(files.size() - 1)) % files.size();
        String a = files.get(i);
        String b = files.get(j);
        return Request.of(w.phrase(List.of("compare {a} with {b}", "show the differences between {a} and {b}",
            "diff {a} against {b}", "tell me how {a} and {b} differ"), "a", w.quote(a), "b", w.quote(b)),
            CallText.of("diff", "file_name1", a, "file_name2", b)).vague(
                w.phrase(List.of("compare {a} with another file", "diff {a} against one of the other files"),
                    "a", w.quote(a)),
                w.phrase(List.of("The other one is {b}.", "Compare it with {b}."), "b", w.quote(b)));
    }

    private Request find() {
        List<String> below = model.filesBelow();
        if (below.isEmpty()) {
            return null;
        }
        String f = FsVocabulary.pick(below, r);
        String part = r.nextBoolean() ? f : f.substring(0, Math.max(3, f.indexOf('.') < 0 ? f.length() : f.indexOf('.')));
        return Request.of(w.phrase(List.of("locate anything below here whose name contains {p}",
            "find every path under this folder matching {p}", "search the tree from here for names with {p}",
            "track down where {p} lives under the current directory"), "p", w.quote(part)),
            CallText.of("find", "name", part));
    }

    private Request du() {
        boolean human = r.nextBoolean();
        return Request.of(human
            ? w.pick("report disk usage in a human-readable unit", "tell me how much space this takes, in KB or MB",
                "show the storage used here in readable units")
            : w.pick("report disk usage in bytes", "tell me the exact number of bytes used here",
                "measure how many bytes this directory takes"),
            human ? CallText.of("du", "human_readable", true) : CallText.of("du"));
    }
}
