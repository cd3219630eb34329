package nl.weerbaar.registries.bag;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML parts of a BAG 2.0 extract with StAX, one object at a time: stand files ({@code bagStand}),
 * mutation files ({@code bagMutaties}), the InOnderzoek kenmerken and the municipality-residence relation. Memory
 * stays flat whatever the file's size: each object is handed to the {@link Sink} and then forgotten.
 */
final class BagXmlReader {

    /** What a mutation does with a voorkomen; a stand only adds. */
    enum Change {
        PUT,
        REMOVE
    }

    interface Sink {
        /** {@code object} is reused for the next one: copy what must be kept. */
        void object(BagObject object, Change change);

        default void inOnderzoek(String objectId, String kenmerk, boolean inOnderzoek, String begin, String end) {}

        default void gemeenteWoonplaats(
                String woonplaatsId, String gemeenteCode, String status, String begin, String end) {}
    }

    private static final XMLInputFactory FACTORY = factory();

    private final BagObject object = new BagObject();

    /** Depth below the object element being read; a leaf read with {@link #leaf} ends on its end tag. */
    private int depth;

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads one XML part to its end; the stream is not closed. */
    void read(InputStream in, Sink sink) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(in);
        try {
            String mutation = null;
            String side = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                switch (name) {
                    case "toevoeging", "wijziging", "verwijdering" -> mutation = name;
                    case "was", "wordt" -> side = name;
                    case "Woonplaats",
                            "OpenbareRuimte",
                            "Nummeraanduiding",
                            "Verblijfsobject",
                            "Ligplaats",
                            "Standplaats",
                            "Pand" -> {
                        readObject(r, name);
                        if (mutation == null) {
                            sink.object(object, Change.PUT);
                        } else if ("wordt".equals(side)) {
                            sink.object(object, Change.PUT);
                        } else if ("verwijdering".equals(mutation)) {
                            sink.object(object, Change.REMOVE);
                        }
                    }
                    case "GemeenteWoonplaatsRelatie" -> readRelation(r, sink);
                    default -> {
                        if (name.startsWith("Kenmerk") && name.endsWith("InOnderzoek")) {
                            readKenmerk(r, sink);
                        }
                    }
                }
            }
        } finally {
            r.close();
        }
    }

    private void readObject(XMLStreamReader r, String element) throws XMLStreamException {
        BagObject o = object;
        o.clear();
        o.type = switch (element) {
            case "Woonplaats" -> "WPL";
            case "OpenbareRuimte" -> "OPR";
            case "Nummeraanduiding" -> "NUM";
            case "Verblijfsobject" -> "VBO";
            case "Ligplaats" -> "LIG";
            case "Standplaats" -> "STA";
            default -> "PND";
        };
        depth = 0;
        String field = null;
        boolean interior = false;
        int dimension = 2;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                if ("interior".equals(r.getLocalName())) {
                    interior = false;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            if (depth == 1) {
                field = name;
            }
            String srs = r.getAttributeValue(null, "srsDimension");
            if (srs != null) {
                dimension = Integer.parseInt(srs);
            }
            switch (name) {
                case "identificatie" -> {
                    if (depth == 1) {
                        o.id = leaf(r).trim();
                    }
                }
                case "voorkomenidentificatie" -> o.voorkomen = Integer.parseInt(leaf(r));
                case "beginGeldigheid" -> o.beginGeldigheid = leaf(r);
                case "eindGeldigheid" -> o.eindGeldigheid = leaf(r);
                case "tijdstipRegistratie" -> o.registeredAt = leaf(r);
                case "eindRegistratie" -> o.registeredUntil = leaf(r);
                case "status" -> o.status = leaf(r);
                case "naam" -> o.naam = leaf(r);
                case "type" -> o.oprType = leaf(r);
                case "huisnummer" -> o.huisnummer = leaf(r);
                case "huisletter" -> o.huisletter = leaf(r);
                case "huisnummertoevoeging" -> o.toevoeging = leaf(r);
                case "postcode" -> o.postcode = leaf(r);
                case "typeAdresseerbaarObject" -> o.objectType = leaf(r);
                case "gebruiksdoel" -> o.gebruiksdoelen.add(leaf(r));
                case "oppervlakte" -> o.oppervlakte = leaf(r);
                case "oorspronkelijkBouwjaar" -> o.bouwjaar = leaf(r);
                case "NummeraanduidingRef" -> {
                    String ref = leaf(r);
                    if ("heeftAlsNevenadres".equals(field)) {
                        o.nevenadresIds.add(ref);
                    } else {
                        o.hoofdadresId = ref;
                    }
                }
                case "OpenbareRuimteRef" -> o.openbareRuimteId = leaf(r);
                case "WoonplaatsRef" -> o.woonplaatsId = leaf(r);
                case "PandRef" -> o.pandIds.add(leaf(r));
                case "interior" -> interior = true;
                case "pos" -> {
                    String[] xyz = leaf(r).trim().split("\\s+");
                    o.centroid.point(Double.parseDouble(xyz[0]), Double.parseDouble(xyz[1]));
                }
                case "posList" -> {
                    String list = leaf(r);
                    if (!interior) {
                        o.centroid.ring(list, dimension);
                    }
                }
                default -> {
                    // not kept
                }
            }
        }
    }

    /** The text of a leaf element; the reader ends on its end tag, so the depth goes back one. */
    private String leaf(XMLStreamReader r) throws XMLStreamException {
        depth--;
        return r.getElementText();
    }

    private static String text(XMLStreamReader r) throws XMLStreamException {
        return r.getElementText().trim();
    }

    private void readKenmerk(XMLStreamReader r, Sink sink) throws XMLStreamException {
        String kenmerk = null;
        String objectId = null;
        boolean inOnderzoek = false;
        String begin = null;
        String end = null;
        int depth = 0;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    break;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            boolean leaf = true;
            switch (name) {
                case "kenmerk" -> kenmerk = text(r);
                case "inOnderzoek" -> inOnderzoek = "J".equals(text(r));
                case "beginGeldigheid" -> begin = text(r);
                case "eindGeldigheid" -> end = text(r);
                default -> {
                    if (name.endsWith("Ref")) {
                        objectId = text(r);
                    } else {
                        leaf = false;
                    }
                }
            }
            if (leaf) {
                depth--;
            }
        }
        if (objectId != null && kenmerk != null) {
            sink.inOnderzoek(objectId, kenmerk, inOnderzoek, begin, end);
        }
    }

    private static void readRelation(XMLStreamReader r, Sink sink) throws XMLStreamException {
        String woonplaats = null;
        String gemeente = null;
        String status = null;
        String begin = null;
        String end = null;
        String parent = null;
        int depth = 0;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    break;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            boolean leaf = true;
            switch (name) {
                case "begindatumTijdvakGeldigheid" -> begin = text(r);
                case "einddatumTijdvakGeldigheid" -> end = text(r);
                case "status" -> status = text(r);
                case "identificatie" -> {
                    String id = text(r);
                    if ("gerelateerdeGemeente".equals(parent)) {
                        gemeente = id;
                    } else {
                        woonplaats = id;
                    }
                }
                default -> {
                    parent = name;
                    leaf = false;
                }
            }
            if (leaf) {
                depth--;
            }
        }
        if (woonplaats != null && gemeente != null) {
            sink.gemeenteWoonplaats(woonplaats, gemeente, status, begin, end);
        }
    }
}
