package io.envtune.bfcl;

import io.envtune.api.Task;

import java.util.List;

/**
 * BFCL's {@code multi_turn_irrelevance_checker}: a trajectory fails when the model calls anything in a turn whose
 * ground truth is empty (the miss_func / miss_param turns). BFCL's scorer does not call it, so its verdict is reported
 * beside the official one and never changes {@code official_valid}. Nothing is executed. Stateless.
 */
public final class IrrelevanceChecker {

    private IrrelevanceChecker() {
    }

    /**
     * @param decoded the decoded model calls: [turn][step][call string]; turns are paired with the ground truth up to
     *                the shorter of the two, as Python's {@code zip} does
     * @param task the task with its ground truth
     * @return the verdict of the first offending turn, or a pass
     */
    public static CheckVerdict check(List<List<List<String>>> decoded, Task task) {
        int turns = Math.min(decoded.size(), task.turns().size());
        for (int t = 0; t < turns; t++) {
            if (task.turns().get(t).groundTruth().isEmpty() && !TurnChecks.isEmptyTurn(decoded.get(t))) {
                return CheckVerdict.failed(CheckError.IRRELEVANCE_DECODER_SUCCESS,
                    "Model outputs valid function calls when it should not for turn " + t + ".", t);
            }
        }
        return CheckVerdict.passed();
    }
}
