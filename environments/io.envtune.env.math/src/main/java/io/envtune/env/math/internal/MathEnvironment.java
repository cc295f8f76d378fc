package io.envtune.env.math.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's MathAPI: 17 stateless calculator tools. The scenario and the long-context flag are ignored, as the
 * reference never loads a scenario into this class.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = MathTable.OWNER)
public final class MathEnvironment extends TableEnvironment<MathState> {

    /** Creates the component; it has no configuration. */
    public MathEnvironment() {
        super(MathTable.TABLE, "1.0.0");
    }

    @Override
    protected MathState state(String scenarioJson, EnvironmentOptions options) {
        return new MathState();
    }
}
