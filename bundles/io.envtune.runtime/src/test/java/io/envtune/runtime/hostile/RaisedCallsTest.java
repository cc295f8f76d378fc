package io.envtune.runtime.hostile;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.StepReply;
import java.util.List;
import org.junit.Test;

/**
 * Whether a call raised travels as a count on the recorded step ({@link Step#raised()}), taken from the structured
 * result, so the format reward and the step outcome never read the result text.
 */
public class RaisedCallsTest {

    @Test
    public void aStepCountsItsRaisedCallsAndTheRecordKeepsTheCount() {
        Hostile env = new Hostile(false);
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        try (EpisodeSession s = new EpisodeSession("raised#0", task,
                HostileEpisodeTest.config(EpisodeLimits.DEFAULTS),
                id -> Hostile.ID.equals(id) ? env : null, AugmenterChain.EMPTY)) {
            StepReply r = s.step(HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}",
                "{\"name\": \"nope\", \"arguments\": {}}", "{\"name\": \"nada\", \"arguments\": {}}"));
            assertEquals(StepOutcome.TOOL_ERROR, r.outcome());
            s.step(HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}"));
            EpisodeRecord record = s.record();
            Step first = record.steps().get(0);
            assertEquals(first.results().toString(), 2, first.raised());
            assertEquals(0, record.steps().get(1).raised());
            assertEquals(record, RecordJson.fromLine(RecordJson.toLine(record)));
        } finally {
            env.release();
        }
    }
}
