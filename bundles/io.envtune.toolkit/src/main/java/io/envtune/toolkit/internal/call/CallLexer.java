package io.envtune.toolkit.internal.call;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.internal.python.StrBasics;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's tokenizer for one {@code eval} input, with its error texts: brackets (unmatched, mismatched, never
 * closed, too deep), strings (unterminated), numbers (invalid literals), stray characters, line continuations and
 * indentation. Literal scanning is in {@link LiteralScanner}.
 */
final class CallLexer extends SourceCursor {

    /** CPython's MAXLEVEL: deeper bracket nesting is a syntax error. */
    static final int MAX_LEVEL = 200;
    private static final String OPS1 = "()[]{},:.;+-*/%~@=<>&|^!$?`";
    /** Interned one-character operator texts, indexed by character. */
    private static final String[] ONE_CHAR_OPS = new String[128];

    static {
        for (char c : OPS1.toCharArray()) {
            ONE_CHAR_OPS[c] = String.valueOf(c);
        }
    }

    private final List<CallToken> tokens = new ArrayList<>();
    private final char[] parens = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private int level;
    private boolean stopped;

    private CallLexer(String src) {
        super(src);
    }

    /**
     * @param text the call text
     * @return the tokens, ending with END
     * @throws PyException for tokenizer errors
     */
    static Lexed lex(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new PyException("source code string cannot contain null bytes", FailureKind.SYNTAX_ERROR, null);
        }
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        CallLexer lexer = new CallLexer(text.substring(start));
        lexer.run();
        return lexer.result();
    }

    /**
     * The tokens and, when the input ends inside brackets, the innermost open bracket.
     *
     * @param tokens the tokens
     * @param unclosed the innermost unclosed bracket, or 0
     * @param unclosedLine its line
     * @param lastLine the line the input ends on
     */
    record Lexed(List<CallToken> tokens, char unclosed, int unclosedLine, int lastLine) {
    }

    private Lexed result() {
        return new Lexed(tokens, level > 0 ? parens[level - 1] : 0, level > 0 ? parenLines[level - 1] : 0, line);
    }

    private void run() {
        boolean lineStart = false;
        while (!stopped) {
            if (lineStart && level == 0 && indentation()) {
                return;
            }
            lineStart = false;
            if (pos >= src.length()) {
                finish();
                return;
            }
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continuation();
            } else if (c == '\n' || c == '\r') {
                newline();
                lineStart = level == 0;
            } else {
                token(c);
            }
        }
    }

    /** Handles leading whitespace of a later line; returns true when it ended lexing with an INDENT. */
    private boolean indentation() {
        int p = pos;
        while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t' || src.charAt(p) == '\f')) {
            p++;
        }
        boolean blank = p < src.length() && (src.charAt(p) == '#' || src.charAt(p) == '\n' || src.charAt(p) == '\r');
        if (p == pos || blank) {
            return false;
        }
        add(Kind.INDENT, "", null);
        add(Kind.END, "", null);
        return true;
    }

    private void skipComment() {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void continuation() {
        pos++;
        if (pos < src.length() && (src.charAt(pos) == '\n' || src.charAt(pos) == '\r')) {
            pos += src.startsWith("\r\n", pos) ? 2 : 1;
            line++;
            if (pos >= src.length()) {
                stop(level > 0 ? SourceChars.error("'" + parens[level - 1] + "' was never closed", parenLines[level - 1])
                        : SourceChars.error("unexpected EOF while parsing", line - 1));
            }
            return;
        }
        stop(SourceChars.error("unexpected character after line continuation character", line));
    }

    /**
     * Ends the token stream with an error that CPython's tokenizer signals without raising, so it only surfaces when
     * the parser reaches it and never overrides an earlier parser error.
     */
    private void stop(PyException e) {
        add(Kind.ERROR, "", e);
        add(Kind.END, "", null);
        stopped = true;
    }

    private void newline() {
        pos += src.startsWith("\r\n", pos) ? 2 : 1;
        if (level == 0 && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Kind.NEWLINE) {
            add(Kind.NEWLINE, "", null);
        }
        line++;
    }

    private void finish() {
        if (level == 0 && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Kind.NEWLINE) {
            add(Kind.NEWLINE, "", null);
        }
        add(Kind.END, "", null);
    }

    private void token(char c) {
        if (c == '"' || c == '\'') {
            LiteralScanner.string(this, "");
        } else if ((c >= '0' && c <= '9') || (c == '.' && pos + 1 < src.length() && SourceChars.isDigit(src.charAt(pos + 1)))) {
            LiteralScanner.number(this);
        } else if (SourceChars.isNameStart(c)) {
            name();
        } else if (OPS1.indexOf(c) >= 0) {
            operator();
        } else {
            throw badCharacter(src.codePointAt(pos));
        }
    }

    private void name() {
        int start = pos;
        while (pos < src.length() && SourceChars.isNamePart(src.charAt(pos))) {
            pos++;
        }
        String name = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isPrefix(name)) {
            LiteralScanner.string(this, name);
            return;
        }
        if (pos < src.length() && src.charAt(pos) >= 0x80) {
            throw badCharacter(src.codePointAt(pos));
        }
        add(Kind.NAME, name, null);
    }

    private void operator() {
        String op = operatorAt();
        char c = op.charAt(0);
        if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
            open(c);
        } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
            close(c);
        }
        pos += op.length();
        add(Kind.OP, op, null);
    }

    /** The longest operator at the position, without building strings for the common one-character case. */
    private String operatorAt() {
        char c = src.charAt(pos);
        char n1 = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
        char n2 = pos + 2 < src.length() ? src.charAt(pos + 2) : 0;
        if (c == '.' && n1 == '.' && n2 == '.') {
            return "...";
        }
        boolean doubled = c == n1 && "*/<>".indexOf(c) >= 0;
        if (doubled && n2 == '=') {
            return src.substring(pos, pos + 3);
        } else if (doubled || (n1 == '=' && "=!<>+-*/%&|^@:".indexOf(c) >= 0) || (c == '-' && n1 == '>')) {
            return src.substring(pos, pos + 2);
        }
        return ONE_CHAR_OPS[c];
    }

    private void open(char c) {
        if (level >= MAX_LEVEL) {
            throw SourceChars.error("too many nested parentheses", line);
        }
        parens[level] = c;
        parenLines[level] = line;
        level++;
    }

    private void close(char c) {
        if (level == 0) {
            throw SourceChars.error("unmatched '" + c + "'", line);
        }
        char open = parens[level - 1];
        if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
            String where = parenLines[level - 1] != line ? " on line " + parenLines[level - 1] : "";
            throw SourceChars.error("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'" + where,
                    line);
        }
        level--;
    }

    @Override
    void add(Kind kind, String text, Object value) {
        tokens.add(new CallToken(kind, text, value, line, level));
    }

    @Override
    void add(Kind kind, String text, Object value, int startLine) {
        tokens.add(new CallToken(kind, text, value, startLine, level));
    }

    PyException badCharacter(int cp) {
        if (!StrBasics.isPrintable(cp) || cp < 0x20 || cp == 0x7f) {
            return SourceChars.error(String.format("invalid non-printable character U+%04X", cp), line);
        }
        return SourceChars.error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)),
                cp), line);
    }

    private static boolean isPrefix(String name) {
        String p = name.toLowerCase(java.util.Locale.ROOT);
        return p.equals("r") || p.equals("u") || p.equals("b") || p.equals("f") || p.equals("br") || p.equals("rb")
                || p.equals("fr") || p.equals("rf");
    }
}
