package org.mview.tests.fuzz;

import java.util.Random;
import java.util.function.Consumer;

/**
 * The bounded random fuzzing mode that CI runs: {@code mview.fuzz.executions} random inputs (default
 * per target) from seed {@code mview.fuzz.seed}, stopping early after {@code mview.fuzz.seconds}
 * (default 20). For long runs set {@code -Dmview.fuzz.executions=-1 -Dmview.fuzz.seconds=14400}, or
 * run Jazzer's coverage-guided mode with {@code JAZZER_FUZZ=1}.
 */
public final class FuzzBudget {

    private FuzzBudget() {
    }

    /** Runs {@code target} on random inputs; returns the number of executions. */
    public static long run(String name, int defaultExecutions, int maxLength, Consumer<byte[]> target) {
        long executions = Long.getLong("mview.fuzz.executions", defaultExecutions);
        long seed = Long.getLong("mview.fuzz.seed", 0x6d76696577L);
        long deadline = System.nanoTime() + Long.getLong("mview.fuzz.seconds", 20) * 1_000_000_000L;
        Random random = new Random(seed ^ name.hashCode());
        long n = 0;
        while ((executions < 0 || n < executions) && System.nanoTime() < deadline) {
            byte[] data = new byte[random.nextInt(maxLength + 1)];
            random.nextBytes(data);
            try {
                target.accept(data);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(name + " execution " + n + " (seed " + seed + ") failed on input " + java.util.HexFormat.of().formatHex(data), e);
            }
            n++;
        }
        System.out.println("fuzz " + name + ": " + n + " executions, seed " + seed);
        return n;
    }
}
