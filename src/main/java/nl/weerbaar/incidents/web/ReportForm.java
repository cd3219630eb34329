package nl.weerbaar.incidents.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incidents.core.ReportCommand;
import nl.weerbaar.platform.DutchTime;

/** The report form (full, mini and on-behalf) as posted by the browser. */
public class ReportForm {

    private List<String> kinds = new ArrayList<>();
    private String kindOther;
    private String occurred;
    private String locationType;
    private String locationDetail;
    private UUID departmentId;
    private String workProcess;
    private String perpetratorKnown;
    private String perpetratorRelation;
    private String perpetratorReference;
    private String perpetratorDescription;
    private String description;
    private String witnesses;
    private List<String> consequencesPerson = new ArrayList<>();
    private String consequencesWork;
    private String severity;
    private String confidentiality = "NONE";
    private List<UUID> excludedUsers = new ArrayList<>();
    private String onBehalfName;
    private String idempotencyKey;
    private String addressPostcode;
    private String addressNumber;
    private String addressLetter;
    private String addressBagId;
    private String addressFind;

    /** A fresh form: now as the time (minutes), a new idempotency key against double submits. */
    static ReportForm fresh(Clock clock) {
        ReportForm f = new ReportForm();
        f.occurred = DutchTime.now(clock)
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        f.idempotencyKey = "form-" + UUID.randomUUID();
        return f;
    }

    /** The time as an instant; null when missing or unreadable (the validator then reports it). */
    Instant occurredAt() {
        if (occurred == null || occurred.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(occurred.strip()).atZone(DutchTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    ReportCommand toCommand(String channel) {
        Boolean known =
                "yes".equals(perpetratorKnown) ? Boolean.TRUE : "no".equals(perpetratorKnown) ? Boolean.FALSE : null;
        return new ReportCommand(
                channel,
                kinds,
                kindOther,
                occurredAt(),
                locationType,
                locationDetail,
                departmentId,
                null,
                workProcess,
                known,
                perpetratorRelation,
                perpetratorReference,
                perpetratorDescription,
                description,
                witnesses,
                consequencesPerson,
                consequencesWork,
                severity,
                confidentiality,
                excludedUsers,
                onBehalfName,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey,
                addressBagId);
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : kinds;
    }

    public String getKindOther() {
        return kindOther;
    }

    public void setKindOther(String kindOther) {
        this.kindOther = kindOther;
    }

    public String getOccurred() {
        return occurred;
    }

    public void setOccurred(String occurred) {
        this.occurred = occurred;
    }

    public String getLocationType() {
        return locationType;
    }

    public void setLocationType(String locationType) {
        this.locationType = locationType;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public void setLocationDetail(String locationDetail) {
        this.locationDetail = locationDetail;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public String getWorkProcess() {
        return workProcess;
    }

    public void setWorkProcess(String workProcess) {
        this.workProcess = workProcess;
    }

    public String getPerpetratorKnown() {
        return perpetratorKnown;
    }

    public void setPerpetratorKnown(String perpetratorKnown) {
        this.perpetratorKnown = perpetratorKnown;
    }

    public String getPerpetratorRelation() {
        return perpetratorRelation;
    }

    public void setPerpetratorRelation(String perpetratorRelation) {
        this.perpetratorRelation = perpetratorRelation;
    }

    public String getPerpetratorReference() {
        return perpetratorReference;
    }

    public void setPerpetratorReference(String perpetratorReference) {
        this.perpetratorReference = perpetratorReference;
    }

    public String getPerpetratorDescription() {
        return perpetratorDescription;
    }

    public void setPerpetratorDescription(String perpetratorDescription) {
        this.perpetratorDescription = perpetratorDescription;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public void setWitnesses(String witnesses) {
        this.witnesses = witnesses;
    }

    public List<String> getConsequencesPerson() {
        return consequencesPerson;
    }

    public void setConsequencesPerson(List<String> c) {
        this.consequencesPerson = c == null ? new ArrayList<>() : c;
    }

    public String getConsequencesWork() {
        return consequencesWork;
    }

    public void setConsequencesWork(String consequencesWork) {
        this.consequencesWork = consequencesWork;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(String confidentiality) {
        this.confidentiality = confidentiality;
    }

    public List<UUID> getExcludedUsers() {
        return excludedUsers;
    }

    public void setExcludedUsers(List<UUID> e) {
        this.excludedUsers = e == null ? new ArrayList<>() : e;
    }

    public String getOnBehalfName() {
        return onBehalfName;
    }

    public void setOnBehalfName(String onBehalfName) {
        this.onBehalfName = onBehalfName;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getAddressPostcode() {
        return addressPostcode;
    }

    public void setAddressPostcode(String addressPostcode) {
        this.addressPostcode = addressPostcode;
    }

    public String getAddressNumber() {
        return addressNumber;
    }

    public void setAddressNumber(String addressNumber) {
        this.addressNumber = addressNumber;
    }

    public String getAddressLetter() {
        return addressLetter;
    }

    public void setAddressLetter(String addressLetter) {
        this.addressLetter = addressLetter;
    }

    public String getAddressBagId() {
        return addressBagId;
    }

    public void setAddressBagId(String addressBagId) {
        this.addressBagId = addressBagId;
    }

    /** The form came back to find addresses (without JavaScript), not to be submitted. */
    boolean findingAddress() {
        return addressFind != null;
    }

    public String getAddressFind() {
        return addressFind;
    }

    public void setAddressFind(String addressFind) {
        this.addressFind = addressFind;
    }
}
