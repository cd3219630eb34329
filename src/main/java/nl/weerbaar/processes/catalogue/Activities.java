package nl.weerbaar.processes.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activities that tag process steps for the segregation-of-duty rules, by name. A code (such as
 * {@code BIBOB_INVESTIGATION}) is what steps and rules store; a person only ever reads and types a name: the shipped
 * activities are named in the message bundles ({@code processes.activity.<code>}), a municipality's own in
 * {@code proc_activity}; a code without either reads as its words ("Invoice payment"). Call within a transaction.
 */
@Component
public class Activities {

    /** An activity as a person sees it. */
    public record Activity(String code, String name) {}

    /** Longest name of an activity. */
    public static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    Activities(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Every activity known in the current municipality: shipped, named, or used on a step or in a rule; by name. */
    public List<Activity> all() {
        Set<String> codes = new LinkedHashSet<>();
        for (String[] rule : ProcessSettings.SHIPPED_RULES) {
            codes.add(rule[1]);
            codes.add(rule[2]);
        }
        codes.addAll(jdbc.sql("""
        SELECT code FROM proc_activity
        UNION SELECT activity FROM proc_step WHERE activity IS NOT NULL
        UNION SELECT activity_a FROM proc_sod_rule UNION SELECT activity_b FROM proc_sod_rule""").query(String.class).list());
        Map<String, String> names = names();
        List<Activity> all = new ArrayList<>();
        for (String code : codes) {
            all.add(new Activity(code, label(code, names)));
        }
        all.sort(Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    /** Code to name, for showing the activities of steps and rules. */
    public static Map<String, String> labels(List<Activity> activities) {
        Map<String, String> labels = new LinkedHashMap<>();
        activities.forEach(a -> labels.put(a.code(), a.name()));
        return labels;
    }

    /**
     * The code for what a person typed: an existing activity by its name (in Dutch or English, any case) or by its
     * code; otherwise a new activity of the current municipality with that name. {@code name} is 2 to
     * {@link #MAX_NAME} characters, checked by the caller.
     */
    public String codeFor(String name) {
        String typed = name.strip();
        for (Activity a : all()) {
            if (a.code().equals(typed)
                    || a.name().equalsIgnoreCase(typed)
                    || shippedName(a.code(), Locale.ENGLISH).equalsIgnoreCase(typed)
                    || shippedName(a.code(), Locale.forLanguageTag("nl")).equalsIgnoreCase(typed)) {
                return a.code();
            }
        }
        String base = codeOf(typed);
        String code = base;
        for (int i = 2; exists(code); i++) {
            String suffix = "_" + i;
            code = base.substring(0, Math.min(base.length(), 40 - suffix.length())) + suffix;
        }
        jdbc.sql("INSERT INTO proc_activity (tenant_id, code, name) VALUES (?, ?, ?)")
                .params(TenantContext.require(), code, typed)
                .update();
        return code;
    }

    /** A code made of the name's letters and digits: "Bibob-onderzoek" becomes {@code BIBOB_ONDERZOEK}. */
    static String codeOf(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (plain.length() > 36) {
            plain = plain.substring(0, 36).replaceAll("_+$", "");
        }
        return plain.length() >= 2 ? plain : "ACTIVITEIT";
    }

    /** A code as words, for a code that has no name: {@code INVOICE_PAYMENT} reads "Invoice payment". */
    static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String label(String code, Map<String, String> names) {
        String shipped = shippedName(code, LocaleContextHolder.getLocale());
        if (!shipped.isEmpty()) {
            return shipped;
        }
        return names.getOrDefault(code, words(code));
    }

    private String shippedName(String code, Locale locale) {
        return messages.getMessage("processes.activity." + code, null, "", locale);
    }

    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM proc_activity")
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    private boolean exists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_activity WHERE code = ?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }
}
