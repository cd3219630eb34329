package nl.weerbaar.registries.bag;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weerbaar.registries.BagAddresses;

/**
 * For tests of other modules: the sample BAG of Doesburg (0221) loaded into the test database, once per run. Known
 * addresses: {@link #KOSTERSTRAAT_4} (6981CH 4).
 */
public final class BagSample {

    /** Kosterstraat 4, 6981CH Doesburg. */
    public static final String KOSTERSTRAAT_4 = "0221200000330227";

    private BagSample() {}

    /** Loads the sample unless a stand of Doesburg is there already. */
    public static synchronized void doesburg(BagLoadService loads) {
        BagAddresses.Stand stand = loads.stand();
        if ("READY".equals(stand.status())
                && stand.area() != null
                && stand.area().contains("0221")) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("bag-sample");
            loads.load(BagExtracts.doesburg(dir));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
