package io.envtune.env.travel.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Environment Tuning's actionable travel errors (PORTING.md §10) as a hint layer over the unchanged BFCL messages:
 * which airport code is unknown (with the tools that find valid ones), which valid pair has no route, which
 * currencies are supported; plus the session, card and booking prerequisites the reference leaves opaque. Reads
 * the structured failure and the call's arguments, never the result string.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class TravelAugmenter extends TableAugmenter {

    /** Creates the component; it has no configuration. */
    public TravelAugmenter() {
        super(TravelTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        return TravelHints.of(f, args);
    }
}
