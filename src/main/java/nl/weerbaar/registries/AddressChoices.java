package nl.weerbaar.registries;

import java.util.List;
import java.util.Optional;

/**
 * Choosing a structured address on a form: the person types a postcode and house number (optionally a letter or
 * addition) and picks one of the BAG's addresses (nummeraanduidingen) there; the form submits the chosen id, which the
 * server checks with {@link #chosen}. Only offered when a BAG stand is loaded. Public data: nothing is recorded.
 * The form fragment is {@code registries/address :: picker(${addressPicker}, url, withCsrf)}.
 */
public interface AddressChoices {

    /** The form fields, shared by every form that offers the choice. */
    String POSTCODE = "addressPostcode";

    String NUMBER = "addressNumber";
    String LETTER = "addressLetter";
    String ID = "addressBagId";
    /** The button that, without JavaScript, sends the form back with the suggestions instead of submitting it. */
    String FIND = "addressFind";

    /** One address to choose: the nummeraanduiding id and how it reads. */
    record Choice(String id, String text) {}

    /**
     * What a form shows: whether the choice is offered at all, what was typed, the suggestions (empty until searched)
     * and the chosen id; {@code problem} a message key when the search could not be done (bad postcode, no match).
     */
    record Picker(
            boolean offered,
            String postcode,
            String number,
            String letter,
            String chosenId,
            List<Choice> choices,
            boolean searched,
            String problem) {

        /** Whether {@code id} is the chosen one (for the radio buttons). */
        public boolean isChosen(String id) {
            return id != null && id.equals(chosenId);
        }
    }

    /** Whether a BAG stand is loaded; when not, forms do not offer a structured address. */
    boolean offered();

    /**
     * The picker for a form: with {@code search} the suggestions at the typed postcode and number; the chosen id is
     * kept (and shown among the choices) when it exists in the BAG.
     */
    Picker picker(String postcode, String number, String letter, String chosenId, boolean search);

    /** The address of a nummeraanduiding id in the BAG; empty for a malformed or unknown id or another kind of object. */
    Optional<Choice> chosen(String bagId);

    /** Whether {@code bagId} has the form of a nummeraanduiding id (16 digits, object kind 20). */
    static boolean wellFormed(String bagId) {
        return bagId != null && bagId.matches("\\d{4}20\\d{10}");
    }
}
