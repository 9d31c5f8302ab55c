package fr.agora.adapter.in.rest.oneroster;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * The OneRoster 1.2 Gradebook JSON shapes (REST binding, "JSON models"), field names as the standard spells them;
 * every simple name prefixed {@code OneRoster} so it is unique in the REST module.
 */
public final class OneRosterDtos {

    private OneRosterDtos() {
    }

    /** A reference to another OneRoster object ({@code type}: class, org, user, category, lineItem). */
    public record OneRosterGuidRef(String href, String sourcedId, String type) {
    }

    /** On a line item: the CASE items it assesses. */
    public record OneRosterLearningObjectiveIds(String source, List<String> learningObjectiveIds) {
    }

    public record OneRosterLearningObjectiveResult(String learningObjectiveId, BigDecimal score, String textScore) {
    }

    /** On a result: the level reached on each CASE item ({@code source} "case"). */
    public record OneRosterLearningObjectiveResults(String source, List<OneRosterLearningObjectiveResult> learningObjectiveResults) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OneRosterCategory(String sourcedId, String status, String dateLastModified, String title, BigDecimal weight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OneRosterLineItem(String sourcedId, String status, String dateLastModified, String title, String description,
                                    String assignDate, String dueDate, @JsonProperty("class") OneRosterGuidRef classRef, OneRosterGuidRef school,
                                    OneRosterGuidRef category, BigDecimal resultValueMin, BigDecimal resultValueMax,
                                    List<OneRosterLearningObjectiveIds> learningObjectiveSet) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OneRosterResult(String sourcedId, String status, String dateLastModified, OneRosterGuidRef lineItem,
                                  OneRosterGuidRef student, @JsonProperty("class") OneRosterGuidRef classRef, String scoreStatus, BigDecimal score, String textScore,
                                  String scoreDate, List<OneRosterLearningObjectiveResults> learningObjectiveSet) {
    }

    public record OneRosterCategories(List<OneRosterCategory> categories) {
    }

    public record OneRosterCategoryEnvelope(OneRosterCategory category) {
    }

    public record OneRosterLineItems(List<OneRosterLineItem> lineItems) {
    }

    public record OneRosterLineItemEnvelope(OneRosterLineItem lineItem) {
    }

    public record OneRosterResults(List<OneRosterResult> results) {
    }

    public record OneRosterResultEnvelope(OneRosterResult result) {
    }
}
