package nl.weerbaar.registries.bag;

import java.util.ArrayList;
import java.util.List;

/**
 * One voorkomen of one BAG object as read from the XML: a mutable holder that the reader fills and clears for each
 * object, so that parsing millions of them allocates little. Fields an object type does not have stay null.
 */
final class BagObject {

    /** WPL, OPR, NUM, VBO, LIG, STA or PND. */
    String type;

    String id;
    int voorkomen;
    String status;
    String beginGeldigheid;
    String eindGeldigheid;
    String registeredAt;
    String registeredUntil;

    String naam;
    String oprType;
    String woonplaatsId;
    String openbareRuimteId;
    String postcode;
    String huisnummer;
    String huisletter;
    String toevoeging;
    String objectType;
    String hoofdadresId;
    final List<String> nevenadresIds = new ArrayList<>();
    final List<String> gebruiksdoelen = new ArrayList<>();
    String oppervlakte;
    final List<String> pandIds = new ArrayList<>();
    String bouwjaar;

    final Centroid centroid = new Centroid();

    void clear() {
        type = null;
        id = null;
        voorkomen = 0;
        status = null;
        beginGeldigheid = null;
        eindGeldigheid = null;
        registeredAt = null;
        registeredUntil = null;
        naam = null;
        oprType = null;
        woonplaatsId = null;
        openbareRuimteId = null;
        postcode = null;
        huisnummer = null;
        huisletter = null;
        toevoeging = null;
        objectType = null;
        hoofdadresId = null;
        nevenadresIds.clear();
        gebruiksdoelen.clear();
        oppervlakte = null;
        pandIds.clear();
        bouwjaar = null;
        centroid.clear();
    }

    /** In force: no end of validity and not replaced by a later registration. */
    boolean current() {
        return eindGeldigheid == null && registeredUntil == null;
    }
}
