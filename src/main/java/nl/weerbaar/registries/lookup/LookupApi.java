package nl.weerbaar.registries.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.weerbaar.registries.BagLookup;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.registries.trade.KvkClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/registry-lookups}: the page's lookup for machine clients, with the same purpose, checks, roles
 * and audit entry (ADR 0711). A lookup is posted, so that the question stays out of URLs and access logs; each one is
 * recorded, so it is a new resource of its own rather than a GET.
 */
@RestController
@Tag(name = "Basisregistraties", description = "Adressen en bedrijven opzoeken in de BAG en het Handelsregister")
@PreAuthorize("hasAnyRole('COORDINATOR', 'LEGAL')")
class LookupApi {

    /** The question: a purpose with its reference, then an address or a KVK number or a name. */
    record LookupRequest(
            String purpose,
            String reference,
            String postcode,
            Integer houseNumber,
            String letter,
            String addition,
            String kvkNumber,
            String name) {}

    /**
     * The answer. {@code address} is the normalised address asked (null for a business); {@code kvkProblem} says why
     * the KVK gave nothing ({@code not-configured}, {@code key-refused}, {@code unavailable}, {@code bad-question},
     * {@code bad-answer}) or is null.
     */
    record LookupResult(
            String address,
            boolean bagLoaded,
            List<BagLookup.Address> bag,
            List<Establishment> establishments,
            List<Establishment> kvk,
            KvkClient.Business business,
            String kvkProblem) {}

    private final Lookups lookups;
    private final KvkClient kvk;

    LookupApi(Lookups lookups, KvkClient kvk) {
        this.lookups = lookups;
        this.kvk = kvk;
    }

    @PostMapping(path = "/api/v1/registry-lookups", consumes = "application/json", produces = "application/json")
    @Operation(
            summary = "Zoek een adres of bedrijf op voor een doel",
            description = "Eerst het doel (BIBOB, UNDERMINING_SIGNAL, PERMIT_APPLICATION, INTEGRITY_REPORT, "
                    + "ENFORCEMENT) en een kenmerk; dan postcode en huisnummer (met huisletter en toevoeging), of een "
                    + "KVK-nummer, of een naam. Elke vraag komt met het doel in het auditlog. 400 (problem+json, per "
                    + "veld) bij ongeldige invoer.")
    @ApiResponse(responseCode = "200", description = "Wat de BAG, het ingelezen uittreksel en de KVK weten")
    LookupResult lookUp(@RequestBody LookupRequest r) {
        Question q = lookups.check(new LookupForm(
                r.purpose(),
                r.reference(),
                r.postcode(),
                r.houseNumber() == null ? null : String.valueOf(r.houseNumber()),
                r.letter(),
                r.addition(),
                r.kvkNumber(),
                r.name()));
        Lookups.Answer a = lookups.lookUp(q);
        String problem = a.kvkNotice() != null
                ? a.kvkNotice().substring("registries.kvk.error.".length())
                : (kvk.configured() ? null : "not-configured");
        return new LookupResult(
                q.address() == null ? null : q.address().text(),
                a.bagLoaded(),
                a.bag(),
                a.extract(),
                a.kvk(),
                a.business(),
                problem);
    }
}
