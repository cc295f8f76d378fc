package io.envtune.policy.djl.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.api.TrainablePolicy;
import io.envtune.api.UpdateStats;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.DjlPolicies;
import io.envtune.policy.djl.GrpoSettings;
import io.envtune.policy.djl.LocalPolicy;
import io.envtune.policy.djl.PolicyOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * Registers a DJL policy as {@link TrainablePolicy} and {@link Policy} when configuration PID
 * {@code io.envtune.policy.djl} exists (one policy per configuration). {@code model.dir = builtin} writes the
 * built-in model into the bundle's data area, with the tools of the environments present at activation in its
 * vocabulary.
 */
@Component(configurationPid = "io.envtune.policy.djl", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {TrainablePolicy.class, Policy.class})
public final class DjlPolicyComponent implements TrainablePolicy {

    /** The configuration. */
    @interface Config {
        /** @return a model folder, or {@code builtin} */
        String model_dir() default "builtin";

        /** @return the policy name */
        String name() default "djl";

        /** @return {@code cpu} or {@code gpu} */
        String device() default "cpu";

        /** @return whether decoding is grammar-constrained */
        boolean constrained() default false;

        /** @return the AdamW learning rate; 0 picks 1e-2 for the built-in model and 1e-6 otherwise */
        double learning_rate() default 0;

        /** @return the weight β of the KL term to the starting model; negative keeps the paper's 0.1 */
        double kl_beta() default -1;

        /** @return the built-in model's initialisation seed */
        long seed() default 42;
    }

    @Reference
    private DjlEngine engine;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE)
    private List<ToolEnvironment> environments;

    private LocalPolicy policy;

    @Activate
    void activate(BundleContext context, Config config) {
        boolean scratch = "scratch".equals(config.model_dir());
        boolean builtin = scratch || "builtin".equals(config.model_dir());
        GrpoSettings grpo = scratch ? GrpoSettings.builtin() : builtin ? GrpoSettings.warmStarted()
            : GrpoSettings.defaults();
        if (config.learning_rate() > 0) {
            grpo = grpo.withLearningRate(config.learning_rate());
        }
        if (config.kl_beta() >= 0) {
            grpo = grpo.withKlBeta(config.kl_beta());
        }
        PolicyOptions options = new PolicyOptions(config.name(), config.device(), config.constrained(), grpo, 200);
        if ("builtin".equals(config.model_dir())) {
            policy = DjlPolicies.load(BuiltinCheckpoint.copyTo(context.getDataFile("builtin-shipped").toPath()),
                options);
        } else if (scratch) {
            List<ToolSpec> tools = new ArrayList<>();
            environments.forEach(e -> tools.addAll(e.tools()));
            Path dir = context.getDataFile("builtin-" + config.seed()).toPath();
            policy = DjlPolicies.builtin(dir, BuiltinModel.of(tools, List.of(), config.seed()), options);
        } else {
            policy = DjlPolicies.load(Path.of(config.model_dir()), options);
        }
    }

    @Deactivate
    void deactivate() {
        policy.close();
    }

    @Override
    public String name() {
        return policy.name();
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        return policy.complete(batch, params);
    }

    @Override
    public boolean constrained() {
        return policy.constrained();
    }

    @Override
    public Policy unconstrained() {
        return policy.unconstrained();
    }

    @Override
    public UpdateStats update(List<ScoredGroup> groups) {
        return policy.update(groups);
    }

    @Override
    public void save(Path dir) {
        policy.save(dir);
    }

    @Override
    public void load(Path dir) {
        policy.load(dir);
    }
}
