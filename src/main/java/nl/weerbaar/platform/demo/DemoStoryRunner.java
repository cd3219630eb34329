package nl.weerbaar.platform.demo;

import java.util.List;
import nl.weerbaar.platform.DemoStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the demo story ({@link DemoStory}) once: after every module's demo data, when both {@code
 * weerbaar.demo.enabled} and {@code weerbaar.demo.story} are on and the story's first municipality is not there yet.
 */
@Component
@Order(100)
public class DemoStoryRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStoryRunner.class);

    private final ObjectProvider<DemoStory> parts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean enabled;

    DemoStoryRunner(
            ObjectProvider<DemoStory> parts,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${weerbaar.demo.enabled}") boolean demo,
            @Value("${weerbaar.demo.story}") boolean story) {
        this.parts = parts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.enabled = demo && story;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || told() || !demoPresent()) {
            return;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> tell());
        LOG.info("Demo story told in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Every part in order, in the caller's transaction (a test rolls it back). */
    public void tell() {
        List<DemoStory> ordered = parts.orderedStream().toList();
        ordered.forEach(DemoStory::tell);
    }

    /** Whether the story is in the database (its first municipality exists). */
    public boolean told() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE id = ?)")
                .param(DemoStory.ZEESTAD)
                .query(Boolean.class)
                .single();
    }

    private boolean demoPresent() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM municipality WHERE id = ?)")
                .param(PlatformDemoData.VOORBEELDSTAD)
                .query(Boolean.class)
                .single();
    }
}
