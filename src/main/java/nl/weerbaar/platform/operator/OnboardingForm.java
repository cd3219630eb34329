package nl.weerbaar.platform.operator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the operator enters to add a municipality. */
public class OnboardingForm {

    @NotBlank
    @Size(min = 2, max = 120)
    private String name;

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{2,40}", message = "{platform.slug.pattern}")
    private String slug;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2,5}", message = "{platform.caseCode.pattern}")
    private String caseCode;

    @NotBlank
    @Size(min = 3, max = 120)
    @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{platform.username.pattern}")
    private String adminUsername;

    @NotBlank
    @Size(max = 120)
    private String adminName;

    @Email
    @Size(max = 200)
    private String adminEmail;

    @NotBlank
    @Size(min = 12, max = 128, message = "{platform.password.length}")
    private String adminPassword;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = trim(slug);
    }

    public String getCaseCode() {
        return caseCode;
    }

    public void setCaseCode(String caseCode) {
        this.caseCode = caseCode == null ? null : caseCode.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String v) {
        this.adminUsername = trim(v);
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String v) {
        this.adminName = trim(v);
    }

    public String getAdminEmail() {
        return adminEmail == null || adminEmail.isBlank() ? null : adminEmail;
    }

    public void setAdminEmail(String v) {
        this.adminEmail = trim(v);
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String v) {
        this.adminPassword = v;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
