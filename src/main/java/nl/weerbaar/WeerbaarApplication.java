package nl.weerbaar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Weerbaar: one platform for municipalities to stand up to intimidation, threats and bribery. */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class WeerbaarApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeerbaarApplication.class, args);
    }
}
