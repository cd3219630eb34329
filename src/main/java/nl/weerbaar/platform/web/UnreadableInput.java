package nl.weerbaar.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Input no person can type is refused as a field error before it reaches a service or the database: a NUL byte
 * in a request parameter or a JSON text, and {@code null} inside a JSON list or map. The API answers 400
 * problem+json (through {@link ApiExceptionHandler}); a page form gets the error through {@link FieldErrors}, which
 * starts with the request's unreadable parameters, so the form is shown again with the message.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableInput implements WebMvcConfigurer {

    private static final String NUL_TEXT = "text contains a NUL byte";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                FieldErrors unreadable = new FieldErrors();
                for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                    for (String value : p.getValue()) {
                        if (unreadable.rejectUnreadable(p.getKey(), value)) {
                            break;
                        }
                    }
                }
                if (unreadable.isEmpty()) {
                    return true;
                }
                if (handler instanceof HandlerMethod m
                        && AnnotatedElementUtils.hasAnnotation(m.getBeanType(), RestController.class)) {
                    throw new InvalidInputException(unreadable);
                }
                FieldErrors.markUnreadable(request, unreadable.keys().keySet());
                return true;
            }
        });
    }

    /** JSON: a NUL byte in a text and {@code null} in a list or map cannot be read. */
    @Bean
    JsonMapperBuilderCustomizer unreadableJson() {
        SimpleModule module = new SimpleModule("unreadable-input");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw InvalidFormatException.from(p, NUL_TEXT, "", String.class);
                }
                return value;
            }
        });
        return builder ->
                builder.addModule(module).changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    static boolean isUnreadable(JacksonException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(NUL_TEXT);
    }
}
