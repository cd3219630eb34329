package nl.weerbaar.platform.operations;

import nl.weerbaar.platform.demo.PlatformDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line when the application is ready: where to open it and, in demo mode, how to log in. */
@Component
class ReadyLine {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

    private final boolean demo;

    ReadyLine(@Value("${weerbaar.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String address =
                event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                        ? "http://localhost:" + web.getWebServer().getPort()
                        : "the configured address";
        LOG.info(line(address, demo));
    }

    static String line(String address, boolean demo) {
        return demo
                ? "Weerbaar is ready: open " + address + " and log in as coordinator with password "
                        + PlatformDemoData.PASSWORD + " (demo mode; the README lists all demo users)."
                : "Weerbaar is ready at " + address + ".";
    }
}
