package org.mview.tests.fuzz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the geometry engine ({@link GeometryTarget}). {@link #geometry} is a Jazzer fuzz test: in a
 * normal run it replays the committed corpus in {@code GeometryFuzzTestInputs/geometry/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes with coverage guidance. {@link #boundedRandom} is the bounded mode
 * every CI run executes (see {@link FuzzBudget}).
 */
class GeometryFuzzTest {

    private static GeometryTarget target;

    @BeforeAll
    static void open() {
        target = new GeometryTarget();
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @FuzzTest(maxDuration = "5m")
    void geometry(byte[] data) {
        target.run(data);
    }

    @Test
    void boundedRandom() {
        FuzzBudget.run("geometry", 3000, 160, target::run);
    }
}
