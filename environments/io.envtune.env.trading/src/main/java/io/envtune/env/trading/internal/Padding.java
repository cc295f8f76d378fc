package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-context padding TradingBot adds to its responses (PORTING.md section 5), read from BFCL's
 * {@code long_context_constants.json}. It never enters the state: every accessor's result is only printed. The
 * constants are shared and never mutated.
 */
final class Padding {

    private final LongContextData data;

    /** @param data the loaded constants */
    Padding(LongContextData data) {
        this.data = data;
    }

    /** @return {@code MA_5_EXTENSION} (2000 numbers) */
    Object ma5() {
        return data.get("MA_5_EXTENSION");
    }

    /** @return {@code MA_20_EXTENSION} (2000 numbers) */
    Object ma20() {
        return data.get("MA_20_EXTENSION");
    }

    /** @return {@code WATCH_LIST_EXTENSION} (1001 items, the last one {@code Ellipsis}) */
    List<?> watchList() {
        return (List<?>) data.get("WATCH_LIST_EXTENSION");
    }

    /** @return {@code TRANSACTION_HISTORY_EXTENSION} (1000 transactions) */
    List<?> transactions() {
        return (List<?>) data.get("TRANSACTION_HISTORY_EXTENSION");
    }

    /** @return the extension appended to a sector's list, or an empty list for unknown sectors */
    List<?> sector(String sector) {
        return switch (sector) {
            case "Technology" -> (List<?>) data.get("TECHNOLOGY_EXTENSION");
            case "Automobile" -> (List<?>) data.get("AUTOMOBILE_EXTENSION");
            default -> List.of();
        };
    }

    /**
     * {@code ORDER_DETAIL_EXTENSION} with {@code value.format(symbol=symbol)} applied to every value.
     *
     * @param symbol the order's symbol
     * @return the metadata dict, or the reference's {@code KeyError during formatting} error dict
     */
    Object orderMetadata(Object symbol) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) data.get("ORDER_DETAIL_EXTENSION")).entrySet()) {
            String missing = missingField((String) e.getValue());
            if (missing != null) {
                return new Failed(PyValues.dict("error", "KeyError during formatting: '" + missing + "'"),
                    FailureKind.INTERNAL, null, missing);
            }
            out.put((String) e.getKey(), format((String) e.getValue(), PyText.str(symbol)));
        }
        return out;
    }

    /** @return the first replacement field other than {@code symbol}, or null */
    private static String missingField(String template) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                String name = template.substring(i + 1, end < 0 ? template.length() : end);
                if (!name.equals("symbol")) {
                    return name;
                }
                i = end < 0 ? template.length() : end;
            }
        }
        return null;
    }

    /** {@code str.format} for templates whose only field is {@code {symbol}}; doubled braces print one. */
    private static String format(String template, String symbol) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                out.append(symbol);
                i = template.indexOf('}', i);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
