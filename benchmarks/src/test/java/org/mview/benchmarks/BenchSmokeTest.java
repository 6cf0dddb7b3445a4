package org.mview.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Runs every workload once at a tiny size (no timing claims): the suite stays runnable. */
class BenchSmokeTest {

    @Test
    void everyWorkloadRunsOnce() throws Exception {
        Bench bench = new Bench("tiny", List.of());
        try {
            bench.runAll();
            String table = bench.render();
            System.out.println(table);
            assertTrue(bench.notes.keySet().stream().noneMatch(k -> bench.notes.get(k).startsWith("failed")), () -> "a workload failed:\n" + table);
            for (String prefix : List.of("1a", "1b", "2 ", "3 ", "4 ", "5 ", "6a", "6b", "7 ", "8 ", "9 ", "10a", "10b")) {
                assertTrue(bench.workloads().stream().anyMatch(w -> w.startsWith(prefix)), () -> "missing workload " + prefix + ":\n" + table);
            }
        } finally {
            bench.close();
        }
    }
}
