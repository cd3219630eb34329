package nl.weerbaar.registries.lookup;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.registries.AddressKey;
import nl.weerbaar.registries.Establishment;
import nl.weerbaar.registries.trade.KvkClient;
import nl.weerbaar.registries.trade.KvkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Looks up an address or a business for a stated purpose (ADR 0711): checks the question, reads the BAG and the
 * extract with the lookup recorded in the audit log, then asks the KVK APIs when a key is configured. The KVK call is
 * made after that transaction has ended, so a slow KVK never holds a database connection; when KVK fails, the answer
 * says so and still holds what the platform knows.
 */
@Service
class Lookups {

    private static final Logger LOG = LoggerFactory.getLogger(Lookups.class);
    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");

    private final LocalLookup local;
    private final KvkClient kvk;

    Lookups(LocalLookup local, KvkClient kvk) {
        this.local = local;
        this.kvk = kvk;
    }

    /**
     * The answer to a lookup. {@code kvk} and {@code business} come from the KVK APIs (empty and null when not asked
     * or failed); {@code kvkNotice} is the message key saying why KVK gave nothing, or null.
     */
    record Answer(
            Question question,
            boolean bagLoaded,
            List<nl.weerbaar.registries.BagLookup.Address> bag,
            List<Establishment> extract,
            List<Establishment> kvk,
            KvkClient.Business business,
            String kvkNotice) {}

    static List<Purpose> purposes() {
        return Arrays.asList(Purpose.values());
    }

    /** Checks the form; throws {@link InvalidInputException} with every refused field. */
    Question check(LookupForm f) {
        FieldErrors errors = new FieldErrors();
        if (f.purpose() == null || f.purpose().isBlank()) {
            errors.reject("purpose", "registries.lookup.error.purpose");
        }
        String purpose = errors.oneOf(
                "purpose",
                f.purpose(),
                Arrays.stream(Purpose.values()).map(Enum::name).toList(),
                true);
        String reference = errors.text("reference", f.reference(), true, 200);
        String postcode = errors.text("postcode", f.postcode(), false, 10);
        String number = errors.text("houseNumber", f.houseNumber(), false, 10);
        String letter = errors.text("letter", f.letter(), false, 1);
        String addition = errors.text("addition", f.addition(), false, 4);
        String kvkNumber = errors.text("kvkNumber", f.kvkNumber(), false, 20);
        String name = errors.text("name", f.name(), false, 100);
        boolean address = postcode != null || number != null || letter != null || addition != null;
        boolean business = kvkNumber != null || name != null;
        if (address && business) {
            errors.rejectForm("registries.lookup.error.both");
        } else if (!address
                && !business
                && !errors.has("postcode")
                && !errors.has("kvkNumber")
                && !errors.has("name")) {
            errors.reject("postcode", "registries.lookup.error.nothing");
        }
        AddressKey key = null;
        if (address) {
            if (postcode == null) {
                errors.reject("postcode", "error.required");
            } else if (!AddressKey.validPostcode(postcode)) {
                errors.reject("postcode", "registries.lookup.error.postcode");
            }
            if (number == null) {
                errors.reject("houseNumber", "error.required");
            } else if (!NUMBER.matcher(number).matches() || Integer.parseInt(number) < 1) {
                errors.reject("houseNumber", "registries.lookup.error.house-number");
            }
            if (letter != null && !Character.isLetter(letter.charAt(0))) {
                errors.reject("letter", "registries.lookup.error.letter");
            }
            if (!errors.any()) {
                key = new AddressKey(postcode, Integer.parseInt(number), letter, addition);
            }
        }
        String kvkDigits = kvkNumber == null ? null : kvkNumber.replaceAll("[\\s.]", "");
        if (kvkDigits != null && !KVK.matcher(kvkDigits).matches()) {
            errors.reject("kvkNumber", "registries.lookup.error.kvk-number");
        }
        if (kvkNumber != null && name != null) {
            errors.reject("name", "registries.lookup.error.kvk-or-name");
        }
        if (name != null && name.length() < 2) {
            errors.reject("name", "registries.lookup.error.name-short");
        }
        errors.throwIfAny();
        return new Question(Purpose.valueOf(purpose), reference, key, kvkDigits, name);
    }

    /** Looks the question up; see the class comment. */
    Answer lookUp(Question q) {
        LocalLookup.Found found = local.read(q);
        if (!kvk.configured()) {
            return new Answer(q, found.bagLoaded(), found.bag(), found.extract(), List.of(), null, null);
        }
        try {
            if (q.address() != null) {
                List<Establishment> hits = kvk.searchByAddress(q.address()).stream()
                        .filter(e -> e.address() == null || sameLetter(e.address(), q.address()))
                        .toList();
                return new Answer(q, found.bagLoaded(), found.bag(), found.extract(), hits, null, null);
            }
            if (q.kvkNumber() != null) {
                KvkClient.Business b = kvk.business(q.kvkNumber()).orElse(null);
                List<Establishment> hits = kvk.searchByKvkNumber(q.kvkNumber());
                return new Answer(q, found.bagLoaded(), List.of(), found.extract(), hits, b, null);
            }
            return new Answer(q, found.bagLoaded(), List.of(), found.extract(), kvk.searchByName(q.name()), null, null);
        } catch (KvkException e) {
            LOG.warn("KVK lookup failed ({}): {}", e.reason(), e.getMessage());
            return new Answer(q, found.bagLoaded(), found.bag(), found.extract(), List.of(), null, e.messageKey());
        }
    }

    private static boolean sameLetter(AddressKey a, AddressKey b) {
        return a.letter() == null ? b.letter() == null : a.letter().equals(b.letter());
    }
}
