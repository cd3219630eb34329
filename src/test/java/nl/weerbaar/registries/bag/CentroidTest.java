package nl.weerbaar.registries.bag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.registries.BagAddresses;
import org.junit.jupiter.api.Test;

class CentroidTest {

    @Test
    void aPolygonsPointIsTheCentroidOfItsOuterRingWeightedByArea() {
        Centroid c = new Centroid();
        // an L: a 10x10 square with a 10x10 square beside it at the bottom, in 3D coordinates as Kadaster gives them
        c.ring("0 0 0.0 20 0 0.0 20 10 0.0 10 10 0.0 10 20 0.0 0 20 0.0 0 0 0.0", 3);
        assertThat(c.known()).isTrue();
        assertThat(c.x()).isCloseTo(8.333, within(0.001));
        assertThat(c.y()).isCloseTo(8.333, within(0.001));
    }

    @Test
    void aGivenPointIsKeptAndARingWithoutAreaGivesTheMeanOfItsCorners() {
        Centroid point = new Centroid();
        point.point(206335.699, 447529.842);
        assertThat(point.x()).isEqualTo(206335.699);
        Centroid line = new Centroid();
        line.ring("0 0\n 4 0 ", 2);
        assertThat(line.x()).isEqualTo(2.0);
        assertThat(line.y()).isEqualTo(0.0);
        assertThat(new Centroid().known()).isFalse();
    }

    @Test
    void junkEntriesOfAZipArePassedOverAndPartsAreKnownByTheirFolder() {
        assertThat(ExtractWalker.junk("__MACOSX/._0221VBO15092020.zip")).isTrue();
        assertThat(ExtractWalker.junk("x/.DS_Store")).isTrue();
        assertThat(ExtractWalker.junk("._0221VBO15092020.zip")).isTrue();
        assertThat(ExtractWalker.junk("folder/")).isTrue();
        assertThat(ExtractWalker.junk("0221VBO15092020.zip")).isFalse();
        assertThat(ExtractWalker.kind("0221Inactief15092020.zip!/0221IAPND.zip!/a.xml"))
                .isEqualTo(ExtractWalker.Kind.INACTIVE);
        assertThat(ExtractWalker.kind("0221NietBag15092020.zip!/b.xml")).isEqualTo(ExtractWalker.Kind.NOT_BAG);
        assertThat(ExtractWalker.kind("0221VBO15092020.zip!/c.xml")).isEqualTo(ExtractWalker.Kind.OBJECTS);
    }

    @Test
    void progressGivesObjectsPerSecondAndTheTimeLeftFromTheBytesRead() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        var stand = new BagAddresses.Stand(
                "LOADING", "x.zip", "NLD", null, LocalDate.of(2020, 9, 15), null, start, null, 300_000, 250, 1000);
        BagAdminController.Progress p = BagAdminController.progress(stand, start.plusSeconds(60));
        assertThat(p.percent()).isEqualTo(25);
        assertThat(p.objectsPerSecond()).isEqualTo(5000);
        assertThat(p.secondsLeft()).isEqualTo(180);
    }
}
