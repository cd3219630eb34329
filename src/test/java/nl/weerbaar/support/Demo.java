package nl.weerbaar.support;

import java.util.UUID;
import nl.weerbaar.platform.demo.DemoData;

/** The demo fixtures that every integration test can rely on. */
public final class Demo {

    public static final String PASSWORD = DemoData.PASSWORD;
    public static final UUID VOORBEELDSTAD = DemoData.VOORBEELDSTAD;
    public static final UUID KLEINDORP = DemoData.KLEINDORP;

    private Demo() {}
}
