package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.PromptVariant;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.runtime.SystemPrompts;
import io.envtune.runtime.ToolDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.Test;

/**
 * The shipped warm-started model: the bundle carries it, its weights are the ones the recorded SHA-256 names (the
 * README quotes the same), it is small enough to commit, and it loads as an ordinary model folder that asks for
 * the short system message and answers a ticket question in the response format.
 */
public class BuiltinCheckpointTest {

    @Test
    public void theShippedWeightsAreTheRecordedOnes() throws Exception {
        assertTrue("the bundle carries the checkpoint", BuiltinCheckpoint.present());
        Path dir = BuiltinCheckpoint.copyTo(TinyModels.tempDir("shipped"));
        byte[] weights = Files.readAllBytes(dir.resolve(Weights.SINGLE));
        assertTrue("at most 25 MB: " + weights.length, weights.length <= 25 * 1024 * 1024);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(weights));
        String recorded;
        try (var in = BuiltinCheckpoint.class.getClassLoader()
            .getResourceAsStream(BuiltinCheckpoint.FOLDER + "model.safetensors.sha256")) {
            recorded = new String(in.readAllBytes()).split("\\s+")[0];
        }
        assertEquals(recorded, sha);
    }

    @Test
    public void itLoadsAndAnswersInTheResponseFormat() {
        Path dir = BuiltinCheckpoint.copyTo(TinyModels.tempDir("shipped-load"));
        var tools = Domains.lookup().apply("TicketAPI").tools();
        Conversation c = new Conversation(List.of(
            new ChatMessage(Role.SYSTEM, SystemPrompts.render(PromptVariant.B, ToolDocs.render(tools))),
            new ChatMessage(Role.USER, "Please close ticket 4821, it is resolved.")), tools);
        try (DjlPolicy p = new DjlPolicy(dir, PolicyOptions.defaults("shipped"))) {
            Completion out = p.complete(List.of(c), new SamplingParams(1, 0, 1, 0, 96, List.of(), 1)).get(0).get(0);
            assertTrue(out.text(), out.text().startsWith("<think>"));
            assertTrue(out.text(), out.text().contains("</tool_call>") || out.text().contains("</answer>"));
        }
    }
}
