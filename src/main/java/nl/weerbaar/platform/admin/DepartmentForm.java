package nl.weerbaar.platform.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department as entered in the form or sent to the API. Fields may be null until validated. */
@Schema(name = "Department", description = "Een afdeling van de gemeente")
public class DepartmentForm {

    @Schema(description = "Korte code, uniek binnen de gemeente", example = "BZ", maxLength = 20)
    private String code;

    @Schema(description = "Naam, uniek binnen de gemeente", example = "Burgerzaken", maxLength = 120)
    private String name;

    public DepartmentForm() {}

    DepartmentForm(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Trims both fields; blank becomes null. */
    DepartmentForm normalised() {
        code = Text.clean(code);
        name = Text.clean(name);
        return this;
    }
}
