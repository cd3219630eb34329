package nl.weerbaar.platform.admin;

/** A position as entered in the form. {@code salaryScale} null means no scale (e.g. political office). */
public class PositionForm {

    private String name;
    private Integer salaryScale;
    private boolean holdsMandate;
    private boolean politicalOffice;

    public PositionForm() {}

    PositionForm(Positions.Row row) {
        this.name = row.name();
        this.salaryScale = row.salaryScale();
        this.holdsMandate = row.holdsMandate();
        this.politicalOffice = row.politicalOffice();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSalaryScale() {
        return salaryScale;
    }

    public void setSalaryScale(Integer salaryScale) {
        this.salaryScale = salaryScale;
    }

    public boolean isHoldsMandate() {
        return holdsMandate;
    }

    public void setHoldsMandate(boolean holdsMandate) {
        this.holdsMandate = holdsMandate;
    }

    public boolean isPoliticalOffice() {
        return politicalOffice;
    }

    public void setPoliticalOffice(boolean politicalOffice) {
        this.politicalOffice = politicalOffice;
    }
}
