package io.envtune.toolkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.internal.python.JsonValues;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ToolEnvironment} made of one {@link ToolTable}: the id is the table's owner (the BFCL class name), the
 * tools are its specs, and every instance is a {@link TableInstance} over a fresh state that the subclass builds
 * from the scenario. A domain's DS component extends it and carries the annotations itself:
 * <pre>{@literal @}Component(service = ToolEnvironment.class)
 * {@literal @}EnvironmentId(id = MathTable.OWNER)
 * public final class MathEnvironment extends TableEnvironment&lt;MathState&gt; {
 *     public MathEnvironment() { super(MathTable.TABLE, "1.0.0"); }
 *     {@literal @}Override protected MathState state(String scenarioJson, EnvironmentOptions options) {
 *         return new MathState();
 *     }
 * }</pre>
 * It also reads BFCL's long-context constants once per data folder for the domains that pad their state
 * ({@link #longContextData}), kept in this object, never in a static field. Thread-safe when the subclass is.
 *
 * @param <S> the domain state type
 */
public abstract class TableEnvironment<S extends DomainState> implements ToolEnvironment {

    private final ToolTable<S> table;
    private final String version;
    private final Map<Path, LongContextData> longContext = new ConcurrentHashMap<>();

    /**
     * @param table the domain's tools; its owner is the environment id
     * @param version the version of the domain's behaviour, recorded with every episode
     */
    protected TableEnvironment(ToolTable<S> table, String version) {
        this.table = Objects.requireNonNull(table, "table");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * Builds the state of a new episode.
     *
     * @param scenarioJson the class's initial configuration, {@code {}} for the defaults
     * @param options long-context and data-folder options
     * @return a fresh state, shared with nothing
     * @throws IllegalArgumentException for a malformed scenario or long context without a data folder
     */
    protected abstract S state(String scenarioJson, EnvironmentOptions options);

    @Override
    public final String id() {
        return table.owner();
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final List<ToolSpec> tools() {
        return table.specs();
    }

    @Override
    public final EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return new TableInstance<>(id(), table, state(scenarioJson, options));
    }

    /**
     * @param options the options of the instance being created
     * @return BFCL's long-context constants from {@code options.dataDir()}, read once per folder; null when long
     *         context is off
     * @throws IllegalArgumentException when long context is on but no data folder is given
     */
    protected final LongContextData longContextData(EnvironmentOptions options) {
        if (!options.longContext()) {
            return null;
        }
        if (options.dataDir() == null) {
            throw new IllegalArgumentException(id() + " long context needs a BFCL data folder "
                    + "(EnvironmentOptions.dataDir) holding long_context_constants.json");
        }
        return longContext.computeIfAbsent(options.dataDir().toAbsolutePath().normalize(), LongContextData::load);
    }

    /**
     * @param scenarioJson a scenario
     * @return it as a dict of the value model (numbers keep their int/float kind)
     * @throws IllegalArgumentException when it is not a JSON object
     */
    @SuppressWarnings("unchecked")
    protected final Map<String, Object> scenarioObject(String scenarioJson) {
        Object scenario = JsonValues.fromJson(scenarioJson);
        if (!(scenario instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(id() + " scenario must be a JSON object: " + scenarioJson);
        }
        return (Map<String, Object>) scenario;
    }
}
