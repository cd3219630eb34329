package nl.weerbaar.platform.chart;

import java.util.List;

/** A named row of figures, one per category of the chart, in the categories' order. */
public record Series(String name, List<Datum> data) {

    public Series {
        data = List.copyOf(data);
    }
}
