package nl.weerbaar.registries.bag;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Walks the zip of zips Kadaster delivers: the delivery document at the top, one inner zip per object type with
 * numbered XML parts, the InOnderzoek, Inactief and NietBag zips nested one level deeper and the GEM-WPL-RELATIE
 * zip. Inner zips are read as streams inside the outer file: nothing is unpacked to disk. Junk entries
 * ({@code __MACOSX/}, {@code .DS_Store}, {@code ._name}, folders) are passed over.
 */
final class ExtractWalker implements AutoCloseable {

    /** Where in the extract a part lies, which decides how its objects are taken. */
    enum Kind {
        /** Objects of a stand or a mutation file. */
        OBJECTS,
        /** Voorkomens no longer in force (the Inactief part): history only. */
        INACTIVE,
        /** Objects outside the BAG proper (the NietBag part): not loaded. */
        NOT_BAG,
        /** Kenmerken in onderzoek. */
        IN_ONDERZOEK,
        /** The municipality-residence relation. */
        RELATION
    }

    interface Visitor {
        /**
         * One XML part; {@code name} is its path through the zips (unique in the extract). Read {@code in} or leave
         * it: the walker skips what is left.
         */
        void part(String name, Kind kind, InputStream in) throws Exception;
    }

    private final ZipFile zip;
    private final long totalBytes;
    private long doneBytes;
    private long inflateNanos;

    ExtractWalker(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        long total = 0;
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!junk(e.getName()) && e.getSize() > 0) {
                total += e.getSize();
            }
        }
        this.totalBytes = total;
    }

    /** The delivery document; a refusal when it is missing or unreadable. */
    DeliveryDocument delivery() throws IOException {
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!junk(e.getName()) && baseName(e.getName()).equals(DeliveryDocument.FILE_NAME)) {
                try (InputStream in = zip.getInputStream(e)) {
                    return DeliveryDocument.read(in);
                }
            }
        }
        throw new BagRefusedException("registries.bag.error.noDelivery", DeliveryDocument.FILE_NAME);
    }

    /** Bytes of the outer entries (inner zips as stored), for progress. */
    long totalBytes() {
        return totalBytes;
    }

    /** Bytes of the outer entries read so far. */
    long doneBytes() {
        return doneBytes;
    }

    void walk(Visitor visitor) throws Exception {
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        for (ZipEntry e : entries) {
            String name = e.getName();
            if (junk(name) || baseName(name).equals(DeliveryDocument.FILE_NAME)) {
                continue;
            }
            try (InputStream in = new Counting(zip.getInputStream(e))) {
                visit(name, in, visitor);
            }
        }
    }

    private void visit(String path, InputStream in, Visitor visitor) throws Exception {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ZipInputStream inner = new ZipInputStream(in);
            ZipEntry e;
            while ((e = inner.getNextEntry()) != null) {
                if (!junk(e.getName())) {
                    visit(path + "!/" + e.getName(), new Unclosable(inner), visitor);
                }
            }
        } else if (lower.endsWith(".xml")) {
            visitor.part(path, kind(path), in);
        }
    }

    static Kind kind(String path) {
        if (path.contains("NietBag")) {
            return Kind.NOT_BAG;
        }
        if (path.contains("Inactief")) {
            return Kind.INACTIVE;
        }
        if (path.contains("InOnderzoek")) {
            return Kind.IN_ONDERZOEK;
        }
        if (path.contains("GEM-WPL-RELATIE")) {
            return Kind.RELATION;
        }
        return Kind.OBJECTS;
    }

    static boolean junk(String name) {
        String base = baseName(name);
        return name.endsWith("/")
                || name.startsWith("__MACOSX/")
                || name.contains("/__MACOSX/")
                || base.equals(".DS_Store")
                || base.startsWith("._")
                || base.isEmpty();
    }

    private static String baseName(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                doneBytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                doneBytes += n;
            }
            return n;
        }
    }

    /** Time spent reading (inflating) the XML parts, for the breakdown of a load. */
    long inflateNanos() {
        return inflateNanos;
    }

    /**
     * An inner entry's stream: the reader may close it without closing the zip around it. Counts the time spent
     * inflating.
     */
    private final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            long start = System.nanoTime();
            try {
                return super.read();
            } finally {
                inflateNanos += System.nanoTime() - start;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long start = System.nanoTime();
            try {
                return super.read(b, off, len);
            } finally {
                inflateNanos += System.nanoTime() - start;
            }
        }

        @Override
        public void close() {
            // the enclosing zip stream moves on to its next entry
        }
    }
}
