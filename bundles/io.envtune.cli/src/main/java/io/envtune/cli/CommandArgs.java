package io.envtune.cli;

import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Parses one command's raw words into its options object and runs the command, or answers {@code --help}, or refuses
 * the line. The options object is the single declaration of the command's options: picocli {@code @Option} /
 * {@code @Parameters} fields give names, types, defaults and help text; {@link Range} gives numeric bounds.
 *
 * <p>Refusals are one line, {@code <command>: <what is wrong> (see <command> --help)}: unknown options with the
 * closest names, values of the wrong type, missing values, enum values outside the list (the list is named), values
 * outside their {@link Range}, an option given twice. Stateless and thread-safe: every call builds its own parser.
 */
public final class CommandArgs {

    private static final int HELP_WIDTH = 110;

    private CommandArgs() {
    }

    /**
     * Parses {@code args} into {@code options}, then runs {@code body}; with {@code --help} or {@code -h} it returns
     * the help text instead and runs nothing.
     *
     * @param command the command's name as the user types it, e.g. {@code envtune:train}
     * @param options a fresh options object (its field initialisers are the defaults)
     * @param args the raw words after the command name; {@code null} means none
     * @param body what the command does with the parsed options
     * @param <T> the options type
     * @return the help text, or what {@code body} returned
     * @throws ArgumentException when the words are refused (nothing has run)
     * @throws IllegalArgumentException when {@code body} fails on a file: one line, the command's name and
     *                                  {@link FileErrors#describe} (e.g. {@code envtune:check: no such file or
     *                                  folder: /proc/nope}), with the original as its cause
     * @throws Exception anything else {@code body} throws
     */
    public static <T> Object run(String command, T options, String[] args, CommandBody<T> body) throws Exception {
        CommandLine line = commandLine(command, options);
        if (parse(line, command, args == null ? new String[0] : args)) {
            return usage(line);
        }
        try {
            return body.run(options);
        } catch (FileSystemException | CharacterCodingException | UncheckedIOException e) {
            // Java's own text is often the bare path; the interactive console would show just "/proc/nope".
            throw new IllegalArgumentException(command + ": " + FileErrors.describe(e), e);
        }
    }

    /**
     * @param command the command's name
     * @param options an options object of the command
     * @return the command's help text: synopsis, description, every option with its default and range
     */
    public static String help(String command, Object options) {
        return usage(commandLine(command, options));
    }

    private static boolean parse(CommandLine line, String command, String[] args) {
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            throw new ArgumentException(refusal(command, e));
        }
        if (line.isUsageHelpRequested()) {
            return true;
        }
        for (OptionSpec option : line.getParseResult().matchedOptions()) {
            checkRange(command, option);
        }
        return false;
    }

    private static void checkRange(String command, OptionSpec option) {
        Range range = range(option);
        Object value = option.getValue();
        if (range != null && value instanceof Number n && (n.longValue() < range.min() || n.longValue() > range.max())) {
            throw new ArgumentException(command + ": Invalid value for option '" + option.longestName() + "': " + n
                + " is out of range " + text(range) + " (see " + command + " --help)");
        }
    }

    private static String refusal(String command, ParameterException e) {
        // picocli checks required options before it complains of unknown words: "--bogus" on a command with
        // required options would be refused as "Missing required options", never naming the word the user got wrong.
        List<String> unknown = e instanceof UnmatchedArgumentException unmatched ? unmatched.getUnmatched()
            : e instanceof MissingParameterException ? e.getCommandLine().getUnmatchedArguments() : List.of();
        String message = unknown.isEmpty() ? oneLine(e.getMessage()) : unmatched(unknown, e.getCommandLine());
        return command + ": " + message + " (see " + command + " --help)";
    }

    /** Names the first word nobody took (an unknown option, or an argument too many) and the closest options. */
    private static String unmatched(List<String> words, CommandLine line) {
        String first = words.get(0);
        if (!first.startsWith("-")) {
            return "unexpected argument '" + first + "' (options start with --)";
        }
        String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> closest = Closest.names(name, line.getCommandSpec().optionsMap().keySet(),
            k -> k);
        return "Unknown option: '" + name + "'" + (closest.isEmpty() ? ""
            : "; did you mean " + String.join(" or ", closest) + "?");
    }

    private static CommandLine commandLine(String command, Object options) {
        CommandLine line = new CommandLine(options);
        CommandSpec spec = line.getCommandSpec();
        spec.name(command);
        spec.usageMessage().showDefaultValues(true).width(HELP_WIDTH).sortOptions(true);
        describeRanges(spec);
        spec.addOption(OptionSpec.builder("--help", "-h").usageHelp(true).description("Show this help and exit.")
            .build());
        return line;
    }

    /** Appends each option's range to its help text, so the range is declared once (on the field). */
    private static void describeRanges(CommandSpec spec) {
        for (OptionSpec option : new ArrayList<>(spec.options())) {
            Range range = range(option);
            if (range != null) {
                String[] text = option.description();
                String[] described = text.length == 0 ? new String[] {""} : Arrays.copyOf(text, text.length);
                described[described.length - 1] += " Allowed: " + text(range) + ".";
                spec.remove(option);
                spec.addOption(option.toBuilder().description(described).build());
            }
        }
    }

    private static Range range(OptionSpec option) {
        return option.userObject() instanceof AnnotatedElement element ? element.getAnnotation(Range.class) : null;
    }

    private static String text(Range range) {
        return range.max() == Long.MAX_VALUE ? ">= " + range.min() : range.min() + ".." + range.max();
    }

    private static String usage(CommandLine line) {
        return line.getUsageMessage(Help.Ansi.OFF).stripTrailing();
    }

    private static String oneLine(String message) {
        return message == null ? "invalid arguments" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
