package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.Arguments.Arg;
import io.envtune.toolkit.internal.call.Arguments.Form;
import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Call arguments: positional, keyword, {@code *} and {@code **}, with CPython's errors for their order, for
 * {@code expr=value}, for keywords that are not names, and for repeated keywords (reported after parsing).
 */
final class ArgumentParser extends DisplayParser {

    ArgumentParser(CallLexer.Lexed lexed) {
        super(lexed);
    }

    @Override
    Arguments arguments() {
        List<Arg> items = new ArrayList<>();
        Set<String> keywords = new HashSet<>();
        boolean keyword = false;
        boolean doubleStar = false;
        while (!accept(")")) {
            int start = index;
            Arg arg = argument(start, keyword, doubleStar);
            if (arg.form() == Form.KEYWORD && !keywords.add(arg.name())) {
                noteRepeatedKeyword(arg.name(), tokenLine(start));
            }
            keyword |= arg.form() == Form.KEYWORD;
            doubleStar |= arg.form() == Form.DOUBLE_STAR;
            items.add(arg);
            if (!accept(",") && !peek().isOp(")")) {
                throw missingComma(start);
            }
        }
        return new Arguments(items);
    }

    private Arg argument(int start, boolean keyword, boolean doubleStar) {
        CallToken t = peek();
        if (accept("**")) {
            return new Arg(Form.DOUBLE_STAR, null, expr());
        } else if (accept("*")) {
            if (doubleStar) {
                throw SourceChars.error("iterable argument unpacking follows keyword argument unpacking", t.line());
            }
            return new Arg(Form.STAR, null, expr());
        } else if (t.kind() == Kind.NAME && peek(1).isOp("=")) {
            if (t.text().equals("True") || t.text().equals("False") || t.text().equals("None")) {
                throw SourceChars.error("cannot assign to " + t.text(), t.line());
            } else if (KEYWORDS.contains(t.text())) {
                throw invalidSyntax(t);
            }
            index += 2;
            return new Arg(Form.KEYWORD, t.text(), expr());
        } else if (keyword || doubleStar) {
            throw misplacedPositional(start, doubleStar);
        }
        Object value = expr();
        if (peek().isOp("=")) {
            throw SourceChars.error("expression cannot contain assignment, perhaps you meant \"==\"?", t.line());
        }
        return new Arg(Form.POSITIONAL, null, value);
    }

    /**
     * A positional argument after keyword arguments. CPython's rule matches as soon as a prefix of the argument is an
     * expression, but only after the arguments that follow it were parsed (so an unclosed call reports the bracket),
     * and a missing comma right after it is reported first.
     */
    private PyException misplacedPositional(int start, boolean doubleStar) {
        CallToken t = peek();
        String message = doubleStar ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument";
        if (!startsExpression(t)) {
            return invalidSyntax(t);
        } else if (!probe(this::expr)) {
            return SourceChars.error(message, t.line());
        } else if (peek().isOp("=")) {
            return SourceChars.error("expression cannot contain assignment, perhaps you meant \"==\"?", t.line());
        } else if (!peek().isOp(",") && !peek().isOp(")")) {
            PyException e = missingComma(start);
            return isMissingComma(e) ? e : SourceChars.error(message, t.line());
        }
        while (accept(",") && !peek().isOp(")")) {
            if (!accept("*") && !accept("**") && peek().kind() == Kind.NAME && peek(1).isOp("=")) {
                index += 2;
            }
            if (!probe(this::expr)) {
                break;
            }
        }
        return SourceChars.error(message, peek().line());
    }
}
