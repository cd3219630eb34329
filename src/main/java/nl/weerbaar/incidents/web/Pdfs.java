package nl.weerbaar.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incidents.core.IncidentCase;
import nl.weerbaar.incidents.core.IncidentQueries;
import nl.weerbaar.platform.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDFs of the module, built from data (never from user HTML) with the platform's {@link PdfDocuments}: the
 * police-report dossier of a stack of incidents and the municipality's norm with its response schema on one A4.
 */
@Component
class Pdfs {

    /** One labelled value of an incident in the dossier; {@code value} is "—" when nothing was filled in. */
    record Field(String label, String value) {}

    /** One incident of the dossier: a heading (number, moment, kinds) and its fields. */
    record Section(String heading, List<Field> fields) {}

    private final MessageSource messages;
    private final IncidentDates dates;
    private final PdfDocuments documents;

    Pdfs(MessageSource messages, IncidentDates dates, PdfDocuments documents) {
        this.messages = messages;
        this.dates = dates;
        this.documents = documents;
    }

    /** One incident per section, oldest first, with the police step's decision and the evidence secured. */
    byte[] dossier(
            String municipality,
            List<IncidentQueries.Detail> incidents,
            List<List<IncidentQueries.Step>> steps,
            List<IncidentCase.PoliceReport> police,
            Locale locale) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            sections.add(section(i + 1, incidents.get(i), steps.get(i), police.get(i), locale));
        }
        return documents.render(
                "incidents/pdf-dossier",
                Map.of(
                        "municipality",
                        municipality,
                        "sections",
                        sections,
                        "numbers",
                        String.join(
                                ", ",
                                incidents.stream()
                                        .map(IncidentQueries.Detail::caseNumber)
                                        .filter(java.util.Objects::nonNull)
                                        .toList())),
                msg("incidents.pdf.dossier.title", locale) + (municipality.isEmpty() ? "" : " — " + municipality),
                locale);
    }

    /** The norm and the response schema on one A4 page. */
    byte[] norm(String municipality, String norm, String schema, Locale locale) {
        return documents.render(
                "incidents/pdf-norm",
                Map.of("norm", norm, "schema", schema),
                msg("incidents.norm.title.pdf", locale, municipality),
                locale);
    }

    private Section section(
            int number,
            IncidentQueries.Detail d,
            List<IncidentQueries.Step> steps,
            IncidentCase.PoliceReport police,
            Locale locale) {
        List<Field> fields = new ArrayList<>();
        field(
                fields,
                msg("incidents.field.locationType", locale),
                msg("incidents.location." + d.locationType(), locale)
                        + (d.locationDetail() == null ? "" : " — " + d.locationDetail()));
        field(fields, msg("incidents.field.departmentId", locale), d.departmentName());
        field(
                fields,
                msg("incidents.case.reporter", locale),
                d.reporterName() != null ? d.reporterName() : d.onBehalfName());
        field(
                fields,
                msg("incidents.field.perpetratorRelation", locale),
                msg("incidents.relation." + d.perpetratorRelation(), locale)
                        + (d.perpetratorReference() == null ? "" : " — " + d.perpetratorReference()));
        field(fields, msg("incidents.field.perpetratorDescription", locale), d.perpetratorDescription());
        field(fields, msg("incidents.field.description", locale), d.description());
        field(fields, msg("incidents.field.witnesses", locale), d.witnesses());
        field(
                fields,
                msg("incidents.field.consequencesPerson", locale),
                joined(d.consequencesPerson(), "incidents.consequence.", locale));
        field(fields, msg("incidents.field.consequencesWork", locale), d.consequencesWork());
        for (IncidentQueries.Step s : steps) {
            if ("POLICE_REPORT".equals(s.step()) || "EVIDENCE".equals(s.step())) {
                field(
                        fields,
                        msg("incidents.step." + s.step(), locale),
                        msg("incidents.stepStatus." + s.status(), locale)
                                + (s.outcome().isEmpty()
                                        ? ""
                                        : ": " + joined(s.outcome(), "incidents.outcome.", locale))
                                + (s.notes() == null ? "" : " — " + s.notes()));
            }
        }
        if (police.pvNumber() != null || police.reportedOn() != null) {
            field(fields, msg("incidents.field.pvNumber", locale), police.pvNumber());
            field(
                    fields,
                    msg("incidents.field.reportedOn", locale),
                    police.reportedOn() == null
                            ? null
                            : police.reportedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            field(fields, msg("incidents.field.policeUnit", locale), police.policeUnit());
        }
        String heading = number + ". " + (d.caseNumber() == null ? "" : d.caseNumber() + " — ")
                + dates.format(d.occurredAt()) + " — " + joined(d.kinds(), "incidents.kind.", locale);
        return new Section(heading, fields);
    }

    private static void field(List<Field> fields, String label, String value) {
        fields.add(new Field(label, value == null || value.isBlank() ? "—" : value));
    }

    private String joined(List<String> codes, String prefix, Locale locale) {
        return String.join(
                ", ", codes.stream().map(c -> msg(prefix + c, locale)).toList());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
