/**
 * Training: the register of trainings (VPT measure 4) and short e-learning refreshers whose questions come back on a
 * spaced-repetition schedule per employee (FSRS, ADR 0900).
 */
package nl.weerbaar.training;
