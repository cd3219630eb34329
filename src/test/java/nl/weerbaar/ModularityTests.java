package nl.weerbaar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The feature modules keep their boundaries: no cycles, no access to another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WeerbaarApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
