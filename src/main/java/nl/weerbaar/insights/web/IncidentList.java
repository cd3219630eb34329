package nl.weerbaar.insights.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether the incidents module serves its list page ({@code GET /incidents}) in this application, so that
 * drill-down links are only drawn when they lead somewhere.
 */
@Component("insightsIncidentList")
class IncidentList {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Boolean available;

    IncidentList(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean available() {
        Boolean known = available;
        if (known == null) {
            RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
            known = mapping != null
                    && mapping.getHandlerMethods().keySet().stream()
                            .anyMatch(info -> info.getPatternValues().contains("/incidents")
                                    && (info.getMethodsCondition().getMethods().isEmpty()
                                            || info.getMethodsCondition()
                                                    .getMethods()
                                                    .contains(RequestMethod.GET)));
            available = known;
        }
        return known;
    }
}
