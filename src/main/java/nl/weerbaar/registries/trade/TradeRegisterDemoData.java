package nl.weerbaar.registries.trade;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A small made-up trade register extract for Gemeente Voorbeeldstad, imported through the ordinary import, so that
 * the lookup has something to show in the demo (try 9999 AA 1). Does nothing when Voorbeeldstad has an extract.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class TradeRegisterDemoData implements ApplicationRunner {

    static final UUID VOORBEELDSTAD = UUID.fromString("00000000-0000-4000-8000-000000000001");

    static final String EXTRACT = """
            kvknummer;vestigingsnummer;naam;sbi-codes;postcode;huisnummer;huisletter;toevoeging
            99000001;990000000011;Snackbar De Hoek;5610;9999AA;1;;
            99000002;990000000021;Belwinkel Centrum;4742 9512;9999AA;1;A;
            99000003;990000000031;Kapsalon Sterk;9602;9999AA;1;;2
            99000004;990000000041;Autohandel Voorbeeld;4511;9999AB;14;;
            99000004;990000000042;Autohandel Voorbeeld (werkplaats);4520;9999AB;16;;
            99000005;990000000051;Shishalounge Nacht;5630;9999AC;3;;
            """;

    private final TradeExtract extract;
    private final Municipalities municipalities;

    TradeRegisterDemoData(TradeExtract extract, Municipalities municipalities) {
        this.extract = extract;
        this.municipalities = municipalities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (municipalities.byId(VOORBEELDSTAD).isEmpty()) {
            return;
        }
        TenantContext.runAs(VOORBEELDSTAD, () -> {
            if (extract.lastImport().isEmpty()) {
                extract.upload(EXTRACT.getBytes(StandardCharsets.UTF_8), "demo-uittreksel.csv");
            }
        });
    }
}
