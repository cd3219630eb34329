package nl.weerbaar.support;

import java.util.UUID;
import nl.weerbaar.platform.demo.PlatformDemoData;

/** The demo fixtures that every integration test can rely on. */
public final class Demo {

    public static final String PASSWORD = PlatformDemoData.PASSWORD;
    public static final UUID VOORBEELDSTAD = PlatformDemoData.VOORBEELDSTAD;
    public static final UUID KLEINDORP = PlatformDemoData.KLEINDORP;

    private Demo() {}
}
