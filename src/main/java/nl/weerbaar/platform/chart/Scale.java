package nl.weerbaar.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear scale from zero to a "nice" maximum (1, 2, 2.5 or 5 times a power of ten, at least the largest value)
 * with its ticks; maps a value to a length of {@code size} units.
 */
public record Scale(double max, double step, double size) {

    /** The scale for values up to {@code largest} (zero or less gives 0–1), drawn over {@code size} units. */
    public static Scale upTo(double largest, double size) {
        if (!(largest > 0)) {
            return new Scale(1, 1, size);
        }
        double rough = largest / 4;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (power * m >= rough) {
                step = power * m;
                break;
            }
        }
        if (largest >= 1 && step < 1) {
            step = 1; // counts: no ticks between whole numbers
        }
        double max = Math.ceil(largest / step - 1e-9) * step;
        return new Scale(max, step, size);
    }

    /** The length of {@code value} on the scale, between 0 and {@code size}. */
    public double length(double value) {
        return Math.max(0, Math.min(size, value / max * size));
    }

    /** The ticks from 0 to the maximum. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i * step <= max + 1e-9; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** A tick as text: without decimals when it is whole. */
    static String label(double tick) {
        return tick == Math.rint(tick)
                ? Long.toString((long) tick)
                : Double.toString(tick).replace('.', ',');
    }
}
