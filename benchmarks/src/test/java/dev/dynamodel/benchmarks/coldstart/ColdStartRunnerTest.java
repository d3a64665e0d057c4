package dev.dynamodel.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColdStartRunnerTest {

    @Test
    void median_ofOddCount_isTheMiddleValue() {
        assertEquals(3.0, ColdStartRunner.median(new double[] {9, 1, 3}));
    }

    @Test
    void median_ofEvenCount_isTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, ColdStartRunner.median(new double[] {4, 1, 2, 3}));
    }
}
