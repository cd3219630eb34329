package nl.weerbaar.training.register;

import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five kinds of training of the VPT recommendations for every demo municipality, with how many months each stays
 * valid. Adds them only to a municipality without any kind, so it can run on every start and a kind the
 * coordinator deleted stays deleted.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class TrainingDemoData implements ApplicationRunner {

    private final Register register;
    private final Municipalities municipalities;
    private final TransactionTemplate tx;

    TrainingDemoData(Register register, Municipalities municipalities, TransactionTemplate tx) {
        this.register = register;
        this.municipalities = municipalities;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Municipalities.Municipality m : municipalities.all()) {
            TenantContext.runAs(
                    m.id(),
                    () -> tx.executeWithoutResult(s -> {
                        if (register.kinds().isEmpty()) {
                            register.addKind("de-escalatie", "De-escalatie", "De-escalation", 24, true);
                            register.addKind("weerbaarheid", "Weerbaarheid", "Resilience", 36, false);
                            register.addKind("integriteit", "Integriteit", "Integrity", 24, false);
                            register.addKind("phishing", "Phishingbewustzijn", "Phishing awareness", 12, false);
                            register.addKind(
                                    "ambtsdragers",
                                    "Weerbaarheid voor ambtsdragers",
                                    "Resilience for office holders",
                                    48,
                                    false);
                        }
                    }));
        }
    }
}
