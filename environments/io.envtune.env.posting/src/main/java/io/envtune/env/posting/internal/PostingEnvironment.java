package io.envtune.env.posting.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * BFCL's TwitterAPI as a {@link ToolEnvironment} service. Stateless: every episode gets its own
 * {@link PostingState}. Long context does not change this domain, so no data folder is needed for it.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = PostingTable.OWNER)
public final class PostingEnvironment extends TableEnvironment<PostingState> {

    /** Creates the component; it has no configuration. */
    public PostingEnvironment() {
        super(PostingTable.TABLE, "1.0.0");
    }

    @Override
    protected PostingState state(String scenarioJson, EnvironmentOptions options) {
        return new PostingState(scenarioJson);
    }
}
