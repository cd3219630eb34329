package nl.weerbaar.processes.catalogue;

import java.util.List;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.StartPageItems;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary's start page: the processes with the highest residual risk, with their level, linking to the heat
 * map of residual risk (which the secretary may read: counts only, no details of processes).
 */
@Service
class RiskStartItems implements StartPageItems {

    /** How many processes the figure names. */
    static final int SHOWN = 3;

    private final Catalogue catalogue;
    private final ProcessSettings settings;
    private final MessageSource messages;

    RiskStartItems(Catalogue catalogue, ProcessSettings settings, MessageSource messages) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<StartItem> itemsFor(UserIdentity user) {
        if (!user.has(Role.SECRETARY)) {
            return List.of();
        }
        List<Catalogue.Scored> highest = catalogue.highest(Catalogue.Kind.RESIDUAL, SHOWN);
        if (highest.isEmpty()) {
            return List.of();
        }
        RiskMatrix matrix = settings.current().matrix();
        List<StartItem.Line> lines = highest.stream()
                .map(s -> new StartItem.Line(
                        s.name(),
                        messages.getMessage(
                                "processes.level."
                                        + matrix.level(
                                                        s.score().likelihood(),
                                                        s.score().impact())
                                                .name(),
                                null,
                                LocaleContextHolder.getLocale())))
                .toList();
        return List.of(StartItem.figure(230, "processes.start.residual", "/processes/heatmap?kind=RESIDUAL")
                .withLines(lines));
    }
}
