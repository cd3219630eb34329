package nl.weerbaar.registries.bag;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a synthetic national BAG extract (area 9999, stand 15-09-2020) in Kadaster's layout for benchmarks and the
 * memory check: a delivery document and an inner zip per object type, streamed (nothing held in memory), with parts
 * of {@value #PER_PART} objects and objects shaped and laid out like the real ones (history, geometry, references, a line per element). The mix
 * follows the national registry: about a third each of addresses, verblijfsobjecten and panden. Address {@code i}
 * has postcode {@link #postcode(int)} and number {@link #number(int)}.
 */
public final class BagExtractGenerator {

    static final int PER_PART = 10_000;
    static final int PER_POSTCODE = 40;

    private BagExtractGenerator() {}

    /** Counts per type for {@code total} objects. */
    record Mix(int wpl, int opr, int num, int vbo, int pnd, int lig, int sta) {
        static Mix of(int total) {
            int wpl = Math.max(1, total / 12_000);
            int opr = Math.max(1, total / 100);
            int lig = Math.max(1, total / 1000);
            int sta = lig;
            int rest = total - wpl - opr - lig - sta;
            int num = rest * 34 / 100;
            int vbo = rest * 33 / 100;
            int pnd = rest - num - vbo;
            return new Mix(wpl, opr, num, vbo, pnd, lig, sta);
        }

        int total() {
            return wpl + opr + num + vbo + pnd + lig + sta;
        }
    }

    public static String postcode(int address) {
        int block = address / PER_POSTCODE;
        int digits = 1000 + block / 676 % 9000;
        int letters = block % 676;
        return digits + "" + (char) ('A' + letters / 26) + (char) ('A' + letters % 26);
    }

    public static int number(int address) {
        return address % PER_POSTCODE + 1;
    }

    /** Generates {@code total} objects into {@code file}; returns the mix written. */
    public static int generate(Path file, int total) throws IOException {
        Mix mix = Mix.of(total);
        try (ZipOutputStream outer =
                new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            outer.setLevel(Deflater.NO_COMPRESSION);
            outer.putNextEntry(new ZipEntry(DeliveryDocument.FILE_NAME));
            outer.write(("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xb:BAG-Extract-Levering xmlns:xb="http://www.kadaster.nl/schemas/lvbag/extract-levering/v20200601"
                  xmlns:selecties-extract="http://www.kadaster.nl/schemas/lvbag/extract-selecties/v20200601">
                  <xb:SelectieGegevens>
                    <selecties-extract:LVC-Extract>
                      <selecties-extract:StandTechnischeDatum>2020-09-15</selecties-extract:StandTechnischeDatum>
                    </selecties-extract:LVC-Extract>
                    <selecties-extract:Gebied-Registratief><selecties-extract:Gebied-NLD/></selecties-extract:Gebied-Registratief>
                  </xb:SelectieGegevens>
                </xb:BAG-Extract-Levering>""").getBytes(StandardCharsets.UTF_8));
            outer.closeEntry();
            type(outer, "WPL", mix.wpl(), mix);
            type(outer, "OPR", mix.opr(), mix);
            type(outer, "NUM", mix.num(), mix);
            type(outer, "VBO", mix.vbo(), mix);
            type(outer, "PND", mix.pnd(), mix);
            type(outer, "LIG", mix.lig(), mix);
            type(outer, "STA", mix.sta(), mix);
        }
        return mix.total();
    }

    private static void type(ZipOutputStream outer, String type, int count, Mix mix) throws IOException {
        String name = "9999" + type + "15092020";
        outer.putNextEntry(new ZipEntry(name + ".zip"));
        ZipOutputStream inner = new ZipOutputStream(new FilterOutputStream(outer) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        inner.setLevel(Deflater.DEFAULT_COMPRESSION);
        StringBuilder xml = new StringBuilder(1 << 20);
        int part = 0;
        for (int start = 0; start < count; start += PER_PART) {
            inner.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "%s-%06d.xml", name, ++part)));
            xml.setLength(0);
            xml.append(BagExtracts.HEADER.formatted("sl-bag-extract:bagStand"))
                    .append("<sl:standBestand><sl:dataset>LVBAG</sl:dataset><sl:stand>\n");
            StringBuilder one = new StringBuilder(4096);
            for (int i = start; i < Math.min(count, start + PER_PART); i++) {
                one.setLength(0);
                one.append("<sl-bag-extract:bagObject>");
                object(one, type, i, mix);
                one.append("</sl-bag-extract:bagObject>");
                indent(one, xml);
                if (xml.length() > 1 << 19) {
                    inner.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            xml.append("</sl:stand></sl:standBestand></sl-bag-extract:bagStand>\n");
            inner.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            inner.closeEntry();
        }
        inner.finish();
        inner.close();
        outer.closeEntry();
    }

    /** Copies an object with a line and an indent per element, as Kadaster's files are laid out. */
    private static void indent(StringBuilder one, StringBuilder xml) {
        for (int k = 0; k < one.length(); k++) {
            char c = one.charAt(k);
            if (c == '<' && k > 0 && one.charAt(k - 1) == '>') {
                xml.append("\n                        ");
            }
            xml.append(c);
        }
        xml.append('\n');
    }

    private static String id(String kind, long n) {
        return String.format(Locale.ROOT, "9999%s%010d", kind, n);
    }

    private static void voorkomen(StringBuilder x, int i) {
        x.append("<Objecten:voorkomen><Historie:Voorkomen><Historie:voorkomenidentificatie>1"
                        + "</Historie:voorkomenidentificatie><Historie:beginGeldigheid>2010-01-")
                .append(10 + i % 18)
                .append("</Historie:beginGeldigheid><Historie:tijdstipRegistratie>2010-12-15T11:34:46.000"
                        + "</Historie:tijdstipRegistratie><Historie:BeschikbaarLV><Historie:tijdstipRegistratieLV>"
                        + "2010-12-15T12:00:51.797</Historie:tijdstipRegistratieLV></Historie:BeschikbaarLV>"
                        + "</Historie:Voorkomen></Objecten:voorkomen>");
    }

    private static void common(StringBuilder x, String status) {
        x.append("<Objecten:status>")
                .append(status)
                .append("</Objecten:status><Objecten:geconstateerd>N</Objecten:geconstateerd>"
                        + "<Objecten:documentdatum>2009-01-20</Objecten:documentdatum>"
                        + "<Objecten:documentnummer>BAG/GEN2020</Objecten:documentnummer>");
    }

    private static void polygon(StringBuilder x, double cx, double cy, int corners) {
        x.append("<gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::28992\" srsDimension=\"3\"><gml:exterior>"
                        + "<gml:LinearRing><gml:posList count=\"")
                .append(corners + 1)
                .append("\">");
        for (int k = 0; k <= corners; k++) {
            double a = 2 * Math.PI * (k % corners) / corners;
            x.append(Math.round((cx + 8 * Math.cos(a)) * 1000) / 1000.0)
                    .append(' ')
                    .append(Math.round((cy + 6 * Math.sin(a)) * 1000) / 1000.0)
                    .append(" 0.0 ");
        }
        x.append("</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>");
    }

    private static void object(StringBuilder x, String type, int i, Mix mix) {
        double cx = 100_000 + (i * 37L % 150_000);
        double cy = 350_000 + (i * 53L % 250_000);
        switch (type) {
            case "WPL" -> {
                x.append("<Objecten:Woonplaats><Objecten:identificatie domein=\"NL.IMBAG.Woonplaats\">")
                        .append(1000 + i)
                        .append("</Objecten:identificatie><Objecten:naam>Plaats ")
                        .append(i)
                        .append("</Objecten:naam><Objecten:geometrie><Objecten:vlak>");
                polygon(x, cx, cy, 40);
                x.append("</Objecten:vlak></Objecten:geometrie>");
                common(x, "Woonplaats aangewezen");
                voorkomen(x, i);
                x.append("</Objecten:Woonplaats>");
            }
            case "OPR" -> {
                x.append("<Objecten:OpenbareRuimte><Objecten:identificatie domein=\"NL.IMBAG.Openbareruimte\">")
                        .append(id("30", i))
                        .append("</Objecten:identificatie><Objecten:naam>Straat ")
                        .append(i)
                        .append("</Objecten:naam><Objecten:type>Weg</Objecten:type>");
                common(x, "Naamgeving uitgegeven");
                x.append("<Objecten:ligtIn><Objecten-ref:WoonplaatsRef domein=\"NL.IMBAG.Woonplaats\">")
                        .append(1000 + i % mix.wpl())
                        .append("</Objecten-ref:WoonplaatsRef></Objecten:ligtIn>");
                voorkomen(x, i);
                x.append("</Objecten:OpenbareRuimte>");
            }
            case "NUM" -> {
                x.append("<Objecten:Nummeraanduiding><Objecten:identificatie domein=\"NL.IMBAG.Nummeraanduiding\">")
                        .append(id("20", i))
                        .append("</Objecten:identificatie><Objecten:huisnummer>")
                        .append(number(i))
                        .append("</Objecten:huisnummer>");
                if (i % 7 == 3) {
                    x.append("<Objecten:huisletter>A</Objecten:huisletter>");
                }
                x.append("<Objecten:postcode>")
                        .append(postcode(i))
                        .append("</Objecten:postcode><Objecten:typeAdresseerbaarObject>Verblijfsobject"
                                + "</Objecten:typeAdresseerbaarObject>");
                common(x, "Naamgeving uitgegeven");
                voorkomen(x, i);
                x.append("<Objecten:ligtAan><Objecten-ref:OpenbareRuimteRef domein=\"NL.IMBAG.Openbareruimte\">")
                        .append(id("30", (i / PER_POSTCODE) % mix.opr()))
                        .append("</Objecten-ref:OpenbareRuimteRef></Objecten:ligtAan></Objecten:Nummeraanduiding>");
            }
            case "VBO" -> {
                x.append("<Objecten:Verblijfsobject><Objecten:heeftAlsHoofdadres>"
                                + "<Objecten-ref:NummeraanduidingRef domein=\"NL.IMBAG.Nummeraanduiding\">")
                        .append(id("20", i % mix.num()))
                        .append("</Objecten-ref:NummeraanduidingRef></Objecten:heeftAlsHoofdadres>");
                voorkomen(x, i);
                x.append("<Objecten:identificatie domein=\"NL.IMBAG.Verblijfsobject\">")
                        .append(id("01", i))
                        .append("</Objecten:identificatie><Objecten:geometrie><Objecten:punt><gml:Point "
                                + "srsName=\"urn:ogc:def:crs:EPSG::28992\" srsDimension=\"3\"><gml:pos>")
                        .append(cx)
                        .append(' ')
                        .append(cy)
                        .append(" 0.0</gml:pos></gml:Point></Objecten:punt></Objecten:geometrie>"
                                + "<Objecten:gebruiksdoel>woonfunctie</Objecten:gebruiksdoel><Objecten:oppervlakte>")
                        .append(40 + i % 160)
                        .append("</Objecten:oppervlakte>");
                common(x, "Verblijfsobject in gebruik");
                x.append("<Objecten:maaktDeelUitVan><Objecten-ref:PandRef domein=\"NL.IMBAG.Pand\">")
                        .append(id("10", (i / 3) % mix.pnd()))
                        .append("</Objecten-ref:PandRef></Objecten:maaktDeelUitVan></Objecten:Verblijfsobject>");
            }
            case "PND" -> {
                x.append("<Objecten:Pand><Objecten:identificatie domein=\"NL.IMBAG.Pand\">")
                        .append(id("10", i))
                        .append("</Objecten:identificatie><Objecten:geometrie>");
                polygon(x, cx, cy, 6 + i % 9);
                x.append("</Objecten:geometrie><Objecten:oorspronkelijkBouwjaar>")
                        .append(1850 + i % 170)
                        .append("</Objecten:oorspronkelijkBouwjaar>");
                common(x, "Pand in gebruik");
                voorkomen(x, i);
                x.append("</Objecten:Pand>");
            }
            default -> {
                String element = type.equals("LIG") ? "Ligplaats" : "Standplaats";
                x.append("<Objecten:")
                        .append(element)
                        .append("><Objecten:heeftAlsHoofdadres>"
                                + "<Objecten-ref:NummeraanduidingRef domein=\"NL.IMBAG.Nummeraanduiding\">")
                        .append(id("20", (mix.num() - 1 - i) % mix.num()))
                        .append("</Objecten-ref:NummeraanduidingRef></Objecten:heeftAlsHoofdadres>");
                voorkomen(x, i);
                x.append("<Objecten:identificatie domein=\"NL.IMBAG.")
                        .append(element)
                        .append("\">")
                        .append(id(type.equals("LIG") ? "02" : "03", i))
                        .append("</Objecten:identificatie><Objecten:geometrie>");
                polygon(x, cx, cy, 5);
                x.append("</Objecten:geometrie>");
                common(x, "Plaats aangewezen");
                x.append("</Objecten:").append(element).append(">");
            }
        }
    }

    /** {@code java … BagExtractGenerator <file.zip> <objects>} */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        int n = generate(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.printf(
                Locale.ROOT,
                "generated %d objects into %s (%d MB) in %d s%n",
                n,
                args[0],
                Files.size(Path.of(args[0])) >> 20,
                (System.nanoTime() - start) / 1_000_000_000L);
    }
}
