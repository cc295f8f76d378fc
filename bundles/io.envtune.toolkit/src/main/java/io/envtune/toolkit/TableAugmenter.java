package io.envtune.toolkit;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolFailure;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link FeedbackAugmenter} for the failed calls of one domain's tools: it answers only
 * {@link FeedbackKind#TOOL_FAILURE} events whose failure names a tool of its table, and hands the subclass the
 * structured failure and the call's arguments bound to the tool's signature ({@link HintArgs}). A domain's augmenter
 * component extends it and carries the DS annotations (service ranking included) itself. Stateless; thread-safe
 * when the subclass is.
 */
public abstract class TableAugmenter implements FeedbackAugmenter {

    private final ToolTable<?> table;

    /** @param table the domain's tools */
    protected TableAugmenter(ToolTable<?> table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /**
     * @param failure the structured failure of one of this table's tools
     * @param args the failed call's arguments by parameter name
     * @return the hint, or null to let the next augmenter try
     */
    protected abstract String hint(ToolFailure failure, HintArgs args);

    @Override
    public final Optional<String> hint(FeedbackEvent event) {
        ToolFailure f = event.failure();
        if (event.kind() != FeedbackKind.TOOL_FAILURE || f == null || !table.names().contains(f.tool())) {
            return Optional.empty();
        }
        return Optional.ofNullable(hint(f, HintArgs.of(table, event.call())));
    }
}
