package io.envtune.curriculum.internal;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.Stage;
import io.envtune.api.StepMetrics;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.curriculum.StagesJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Registers the configured curriculum as a service: the paper's four stages unless {@code stagesFile} names a JSON
 * stage list; state in memory unless {@code stateFile} is set.
 */
@Component(service = CurriculumScheduler.class,
    configurationPid = "io.envtune.curriculum.internal.CurriculumComponent")
public final class CurriculumComponent implements CurriculumScheduler {

    /** Configuration. */
    public @interface Config {
        /** @return a JSON file of stages, or empty for the paper's stages */
        String stagesFile() default "";

        /** @return a state file, or empty to keep state in memory */
        String stateFile() default "";
    }

    private final Curriculum curriculum;

    /** @param config the configuration */
    @Activate
    public CurriculumComponent(Config config) {
        List<Stage> stages = config.stagesFile().isBlank() ? PaperCurriculum.stages() : load(config.stagesFile());
        Path state = config.stateFile().isBlank() ? null : Path.of(config.stateFile());
        this.curriculum = new Curriculum(stages, state);
    }

    private static List<Stage> load(String file) {
        try {
            return StagesJson.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stages file " + file, e);
        }
    }

    @Override
    public List<Stage> stages() {
        return curriculum.stages();
    }

    @Override
    public Stage current() {
        return curriculum.current();
    }

    @Override
    public boolean observe(StepMetrics metrics) {
        return curriculum.observe(metrics);
    }

    @Override
    public Stage promote() {
        return curriculum.promote();
    }
}
