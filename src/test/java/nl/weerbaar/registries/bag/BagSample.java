package nl.weerbaar.registries.bag;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.weerbaar.registries.BagAddresses;

/**
 * The BAG sample of Doesburg (municipality 0221, {@code src/test/resources/registries/bag/sample-0221}) for tests of
 * other modules that need addresses: loaded into this run's database once, when it is not there yet. Among others:
 * Kosterstraat 4 ({@link #KOSTERSTRAAT_4}, 6981CH 4), 6981ED 1, 6982CZ 2 and 20 (one address each), and 6981ED 4
 * (several).
 */
public final class BagSample {

    /** Kosterstraat 4, 6981CH Doesburg. */
    public static final String KOSTERSTRAAT_4 = "0221200000330227";

    private BagSample() {}

    /** Makes sure the sample is the loaded BAG stand. */
    public static synchronized void ensureDoesburg(BagLoadService loads, BagAddresses addresses) {
        if ("READY".equals(addresses.stand().status())
                && !addresses.find("6981CH", 4, null, null).isEmpty()) {
            return;
        }
        load(loads);
    }

    /** Loads the sample unless a stand of Doesburg is there already. */
    public static synchronized void doesburg(BagLoadService loads) {
        BagAddresses.Stand stand = loads.stand();
        if ("READY".equals(stand.status())
                && stand.area() != null
                && stand.area().contains("0221")) {
            return;
        }
        load(loads);
    }

    private static void load(BagLoadService loads) {
        try {
            Path dir = Files.createTempDirectory("bag-sample");
            loads.load(BagExtracts.doesburg(dir));
        } catch (Exception e) {
            throw new IllegalStateException("could not load the BAG sample of Doesburg", e);
        }
    }
}
