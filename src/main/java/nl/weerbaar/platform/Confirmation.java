package nl.weerbaar.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The step before an action that cannot be undone (closing a case, a survey, a measurement, an access review). A
 * page's action is a POST; without {@link #PARAMETER}{@code =true} the controller changes nothing and answers with
 * this page instead (status 200): a heading, what will happen in plain words with the numbers that matter, a button
 * that sends the same POST again confirmed (with the CSRF token) and a link back. Works without JavaScript.
 *
 * <p>Check the role before anything else (who may not act gets 403, not this page), and refuse what the action
 * would refuse (the action's own errors) before showing it. The API does not use this: API clients confirm by
 * calling. Texts are message keys with arguments; arguments are shown as text, never as markup.
 */
public record Confirmation(Text title, List<Text> consequences, Text button, String back) {

    /** The request parameter that confirms: {@code confirmed=true}. */
    public static final String PARAMETER = "confirmed";

    /** The template of the page ({@code templates/platform/confirm.html}). */
    public static final String VIEW = "platform/confirm";

    /** A message key with its arguments. */
    public record Text(String key, List<Object> args) {
        public Text {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    public Confirmation {
        consequences = List.copyOf(consequences);
    }

    /** A confirmation headed by the question {@code titleKey} ("Enquête {0} sluiten?"). */
    public static Confirmation of(String titleKey, Object... args) {
        return new Confirmation(text(titleKey, args), List.of(), null, null);
    }

    /** Adds one thing that will happen, in the order shown. */
    public Confirmation consequence(String key, Object... args) {
        List<Text> all = new ArrayList<>(consequences);
        all.add(text(key, args));
        return new Confirmation(title, all, button, back);
    }

    /** The label of the button that acts ("Ja, enquête sluiten"). */
    public Confirmation button(String key, Object... args) {
        return new Confirmation(title, consequences, text(key, args), back);
    }

    /** Where "Terug" leads: the page the action was started from (a path within the application). */
    public Confirmation back(String path) {
        return new Confirmation(title, consequences, button, path);
    }

    /** Puts this confirmation in the model and returns the view to render. */
    public String show(Model model) {
        if (button == null || back == null) {
            throw new IllegalStateException("a confirmation needs a button and a way back");
        }
        model.addAttribute("confirmation", this);
        return VIEW;
    }

    private static Text text(String key, Object... args) {
        return new Text(key, args == null ? List.of() : Arrays.asList(args));
    }
}
