package io.envtune.env.math.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.TableInstance;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's MathAPI: 17 stateless calculator tools. The scenario and the long-context flag are ignored, as the
 * reference never loads a scenario into this class.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = MathTools.OWNER)
public final class MathEnvironment implements ToolEnvironment {

    @Override
    public String id() {
        return MathTools.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return MathTools.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return new TableInstance<>(MathTools.OWNER, MathTools.TABLE, new MathState());
    }
}
