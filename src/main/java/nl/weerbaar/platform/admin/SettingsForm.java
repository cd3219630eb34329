package nl.weerbaar.platform.admin;

/** The municipality's name, theme and settings as entered; {@code employeeCount} and {@code logoText} may be null. */
public class SettingsForm {

    private String name;
    private String logoText;
    private String themePrimary;
    private String themeAccent;
    private boolean benchmarkOptIn;
    private Integer employeeCount;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLogoText() {
        return logoText;
    }

    public void setLogoText(String logoText) {
        this.logoText = logoText;
    }

    public String getThemePrimary() {
        return themePrimary;
    }

    public void setThemePrimary(String themePrimary) {
        this.themePrimary = themePrimary;
    }

    public String getThemeAccent() {
        return themeAccent;
    }

    public void setThemeAccent(String themeAccent) {
        this.themeAccent = themeAccent;
    }

    public boolean isBenchmarkOptIn() {
        return benchmarkOptIn;
    }

    public void setBenchmarkOptIn(boolean benchmarkOptIn) {
        this.benchmarkOptIn = benchmarkOptIn;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public void setEmployeeCount(Integer employeeCount) {
        this.employeeCount = employeeCount;
    }
}
