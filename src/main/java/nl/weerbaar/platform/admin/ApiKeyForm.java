package nl.weerbaar.platform.admin;

/** A new API key: a name to recognise it by, what it may do and how many days it is valid. */
public class ApiKeyForm {

    private String name;
    private String scope = "REPORT";
    private String days = "90";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }
}
