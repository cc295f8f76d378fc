package io.envtune.train;

/** Mean and standard deviation of reward vectors. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return xs.length == 0 ? 0 : s / xs.length;
    }

    static double std(double[] xs) {
        double m = mean(xs);
        double s = 0;
        for (double x : xs) {
            s += (x - m) * (x - m);
        }
        return xs.length == 0 ? 0 : Math.sqrt(s / xs.length);
    }
}
