package io.envtune.train;

import java.util.List;

/** The one-line progress report printed after each step: a bar, the stage, reward, progress, ETA. */
final class Progress {

    private static final int WIDTH = 24;

    private Progress() {
    }

    static String line(StepLog log, int maxSteps, List<StepLog> history) {
        int filled = (int) Math.round(WIDTH * (double) log.step() / maxSteps);
        double perStep = history.stream().mapToDouble(StepLog::seconds).average().orElse(log.seconds());
        long eta = Math.round(perStep * (maxSteps - log.step()));
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        return String.format("[%s] step %d/%d  %-16s reward %.3f  progress %.3f  format %.2f  %s eta %dm%02ds",
            bar, log.step(), maxSteps, log.stage(), log.rewardMean(), log.progress(), log.formatValidity(),
            Double.isNaN(log.validationProgress()) ? "" : String.format("val %.3f ", log.validationProgress()),
            eta / 60, eta % 60) + (log.promoted() ? "  -> promoted" : "");
    }
}
