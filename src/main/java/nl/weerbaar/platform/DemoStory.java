package nl.weerbaar.platform;

/**
 * A module's part of the demo story: older and extra data on top of the demo municipalities, so that every chart and
 * every comparison shows something (two years of incidents, other municipalities in the benchmark, a 0- and a
 * 1-measurement, actions in every state). Implement it as a bean, ordered with {@code @Order} (platform first).
 *
 * <p>The platform tells the story once, on the first start with {@code weerbaar.demo.story=true} (the run command),
 * after the demo data, all parts in one transaction: a later start finds it and does nothing. A part never changes
 * the demo rows that exist without the story (the tests rely on them); it only adds. It is deterministic: the same
 * seed gives the same numbers, dated back from the day it is told.
 */
public interface DemoStory {

    /** The demo's municipalities (those of the demo data) and the story's three more. */
    java.util.UUID VOORBEELDSTAD = java.util.UUID.fromString("00000000-0000-4000-8000-000000000001");

    java.util.UUID KLEINDORP = java.util.UUID.fromString("00000000-0000-4000-8000-000000000002");
    java.util.UUID ZEESTAD = java.util.UUID.fromString("00000000-0000-4000-8000-000000000003");
    java.util.UUID HEUVELRIJK = java.util.UUID.fromString("00000000-0000-4000-8000-000000000004");
    java.util.UUID POLDERWAARD = java.util.UUID.fromString("00000000-0000-4000-8000-000000000005");

    /** Every municipality of the demo with the story. */
    java.util.List<java.util.UUID> MUNICIPALITIES =
            java.util.List.of(VOORBEELDSTAD, KLEINDORP, ZEESTAD, HEUVELRIJK, POLDERWAARD);

    /** Adds this module's part. Runs inside the story's transaction, outside any municipality's context. */
    void tell();
}
