package nl.weerbaar.platform.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form objects ({@code @ModelAttribute}) do not take text with a NUL byte: the field gets a binding error
 * ({@code typeMismatch}, "this text contains a character that cannot be saved") and the form is shown again.
 * Request parameters bound one by one are covered by {@link UnreadableInput}.
 */
@ControllerAdvice
class UnreadableFormInput {

    @InitBinder
    void refuseUnreadableText(WebDataBinder binder) {
        if (binder.getTarget() == null) {
            return; // a single request parameter or a record (its handler may not take binding errors)
        }
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && text.indexOf('\u0000') >= 0) {
                    throw new IllegalArgumentException("text contains a NUL byte");
                }
                setValue(text);
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
