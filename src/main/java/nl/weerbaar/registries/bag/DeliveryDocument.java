package nl.weerbaar.registries.bag;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the delivery document ({@code Leveringsdocument-BAG-Extract.xml}) says about an extract: the stand's technical
 * date, the area (the whole country, or municipalities by their code) and, for a mutation delivery, the period.
 *
 * @param standDate the stand's technical date (StandTechnischeDatum), never null for a readable document
 * @param municipalityCodes the municipalities selected (four digits each); empty for the whole country
 * @param municipalityNames their names as Kadaster gives them, in the same order (may hold nulls)
 * @param mutationsFrom start of the mutation period, null for a stand
 * @param mutationsUntil end of the mutation period, null for a stand
 */
record DeliveryDocument(
        LocalDate standDate,
        List<String> municipalityCodes,
        List<String> municipalityNames,
        LocalDate mutationsFrom,
        LocalDate mutationsUntil) {

    static final String FILE_NAME = "Leveringsdocument-BAG-Extract.xml";

    boolean national() {
        return municipalityCodes.isEmpty();
    }

    boolean mutations() {
        return mutationsFrom != null;
    }

    /** The area as stored with the stand: {@code NLD} or the municipality codes joined by commas. */
    String area() {
        return national() ? "NLD" : String.join(",", municipalityCodes);
    }

    static DeliveryDocument read(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        LocalDate stand = null;
        LocalDate from = null;
        LocalDate until = null;
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "StandTechnischeDatum" ->
                        stand = LocalDate.parse(r.getElementText().trim());
                    case "MutatiedatumVanaf" ->
                        from = LocalDate.parse(r.getElementText().trim());
                    case "MutatiedatumTot" ->
                        until = LocalDate.parse(r.getElementText().trim());
                    case "GemeenteIdentificatie" -> {
                        codes.add(r.getElementText().trim());
                        names.add(null);
                    }
                    case "GemeenteNaam" ->
                        names.set(names.size() - 1, r.getElementText().trim());
                    default -> {
                        // not needed
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new BagRefusedException("registries.bag.error.deliveryUnreadable");
        }
        if (stand == null || (from == null) != (until == null)) {
            throw new BagRefusedException("registries.bag.error.deliveryUnreadable");
        }
        return new DeliveryDocument(
                stand, List.copyOf(codes), java.util.Collections.unmodifiableList(names), from, until);
    }
}
