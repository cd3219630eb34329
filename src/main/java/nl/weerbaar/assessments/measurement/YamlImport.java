package nl.weerbaar.assessments.measurement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.weerbaar.assessments.instrument.InstrumentParser;
import nl.weerbaar.assessments.instrument.InstrumentProblem;
import nl.weerbaar.assessments.instrument.InvalidInstrumentException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload of an instrument or a mapping: the file (or pasted text) as UTF-8, refused when too large, handed to
 * {@code store}; on problems the import page again with every problem and its line in the user's language.
 */
final class YamlImport {

    private YamlImport() {}

    /** Returns the view: a redirect to {@code storedPath + id} when stored, else the import page with problems. */
    static String handle(
            MultipartFile file,
            String pasted,
            Function<String, UUID> store,
            String storedPath,
            Model model,
            MessageSource messages)
            throws IOException {
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
        try {
            if (text != null && text.length() > InstrumentParser.MAX_CHARS) {
                throw new InvalidInstrumentException(
                        List.of(new InstrumentProblem(1, "tooLarge", List.of(InstrumentParser.MAX_CHARS))));
            }
            return "redirect:" + storedPath + store.apply(text) + "?imported";
        } catch (InvalidInstrumentException e) {
            var locale = LocaleContextHolder.getLocale();
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> messages.getMessage(
                                    "assessments.import.line",
                                    new Object[] {p.line(), messages.getMessage(p.messageKey(), p.messageArgs(), locale)
                                    },
                                    locale))
                            .toList());
            model.addAttribute("source", text != null && text.length() <= InstrumentParser.MAX_CHARS ? text : "");
            return "assessments/import";
        }
    }
}
