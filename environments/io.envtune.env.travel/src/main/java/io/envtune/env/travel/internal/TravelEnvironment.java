package io.envtune.env.travel.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * Registers the BFCL TravelAPI domain: flights, credit cards, budget, insurance and currency exchange. Long context
 * uses BFCL's constants, read once per data folder by {@link TableEnvironment#longContextData}.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TravelTable.OWNER)
public final class TravelEnvironment extends TableEnvironment<TravelState> {

    /** Creates the component; it has no configuration. */
    public TravelEnvironment() {
        super(TravelTable.TABLE, "1.0.0");
    }

    @Override
    protected TravelState state(String scenarioJson, EnvironmentOptions options) {
        return new TravelState(scenarioObject(scenarioJson), options.longContext(), longContextData(options));
    }
}
