package nl.weerbaar.registries.bag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.registries.BagAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The BAG facade on the loaded tables. */
@Service
class BagAddressService implements BagAddresses {

    private final BagQueries lookup;

    BagAddressService(BagQueries lookup) {
        this.lookup = lookup;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Address> find(String postcode, int houseNumber, String houseLetter, String addition) {
        if (postcode == null) {
            return List.of();
        }
        String pc = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return lookup.addresses(pc, houseNumber, blankToNull(houseLetter), blankToNull(addition)).stream()
                .map(this::complete)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Address> byId(String bagId) {
        if (bagId == null || !bagId.matches("\\d{16}")) {
            return Optional.empty();
        }
        String kind = bagId.substring(4, 6);
        Optional<String> addressId = switch (kind) {
            case "20" -> Optional.of(bagId);
            case "01", "02", "03" -> lookup.mainAddressOf(bagId);
            default -> Optional.empty();
        };
        return addressId.flatMap(lookup::address).map(this::complete);
    }

    @Override
    @Transactional(readOnly = true)
    public Stand stand() {
        return lookup.stand();
    }

    private Address complete(BagQueries.AddressRow a) {
        List<BagQueries.ObjectRow> rows = lookup.objects(a.id());
        Set<String> pandIds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        ids.add(a.id());
        for (BagQueries.ObjectRow r : rows) {
            pandIds.addAll(r.pandIds());
            ids.add(r.object().id());
        }
        ids.addAll(pandIds);
        Map<String, List<String>> onderzoek = lookup.inOnderzoek(ids);
        Map<String, Building> buildings = new java.util.HashMap<>();
        for (Building b : lookup.buildings(pandIds)) {
            buildings.put(
                    b.id(),
                    new Building(
                            b.id(),
                            b.constructionYear(),
                            b.status(),
                            b.x(),
                            b.y(),
                            onderzoek.getOrDefault(b.id(), List.of())));
        }
        List<AddressableObject> objects = new ArrayList<>();
        for (BagQueries.ObjectRow r : rows) {
            AddressableObject o = r.object();
            objects.add(new AddressableObject(
                    o.id(),
                    o.kind(),
                    o.status(),
                    o.uses(),
                    o.area(),
                    o.x(),
                    o.y(),
                    o.mainAddress(),
                    onderzoek.getOrDefault(o.id(), List.of()),
                    r.pandIds().stream()
                            .map(buildings::get)
                            .filter(java.util.Objects::nonNull)
                            .toList()));
        }
        return new Address(
                a.id(),
                a.street(),
                a.houseNumber(),
                a.houseLetter(),
                a.addition(),
                a.postcode(),
                a.residence(),
                a.municipalityCode(),
                a.status(),
                onderzoek.getOrDefault(a.id(), List.of()),
                List.copyOf(objects));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
