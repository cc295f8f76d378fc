package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A seeded procedural generator of tasks for one tool environment, in the BFCL multi-turn task format. Registered as
 * an OSGi service by the domain bundle that owns the environment, so dropping one bundle in brings tools, tasks and a
 * generator together.
 *
 * <p>Contract: the same {@link GenerationSettings} give the same tasks, in the same order, on every machine. Every
 * generated task's ground truth replays on a fresh instance of the environment without a tool error, its ids are
 * unique for a (domain, seed) pair, and generated tasks never equal a BFCL entry or a built-in validation task.
 * Question texts vary their wording (several phrasings per intent), so a model cannot learn one template per tool.
 * Implementations are stateless and thread-safe.
 */
@ConsumerType
public interface TaskGenerator {

    /** @return the id of the environment the tasks use, e.g. {@code TicketAPI} */
    String environmentId();

    /**
     * Generates tasks.
     *
     * @param settings how many tasks, the seed, the splits and the difficulty
     * @return exactly {@code settings.count()} tasks, their splits drawn round-robin from {@code settings.splits()}
     * @throws IllegalArgumentException when the settings ask for something this generator cannot make
     */
    List<Task> generate(GenerationSettings settings);
}
