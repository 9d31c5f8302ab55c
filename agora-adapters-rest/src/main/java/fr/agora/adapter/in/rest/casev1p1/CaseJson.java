package fr.agora.adapter.in.rest.casev1p1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The JSON of the 1EdTech CASE 1.1 REST binding, with the spec's property names ({@code CFItemType},
 * {@code humanCodingScheme}, {@code originNodeURI} …). Absent optional values are left out (the application's
 * Jackson inclusion is {@code non_null}); optional lists are left out when empty. Every {@code uri} is absolute.
 */
public final class CaseJson {

    private CaseJson() {
    }

    /** LinkURI / LinkGenURI. */
    public record LinkURI(String title, UUID identifier, String uri) {
    }

    /** {@code GET /CFDocuments}. */
    public record CFDocumentSet(@JsonProperty("CFDocuments") List<CFDocument> cfDocuments) {
    }

    /** CFDocument; {@code CFPackageURI} only outside a package (inside, the package is the one being read). */
    public record CFDocument(UUID identifier, String uri, String creator, String title, String lastChangeDateTime,
            @JsonProperty("officialSourceURL") String officialSourceUrl, String publisher, String description,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> subject, String language, String version,
            String adoptionStatus, String statusStartDate, String notes,
            @JsonProperty("CFPackageURI") LinkURI cfPackageUri) {
    }

    /** {@code GET /CFPackages/{sourcedId}}. */
    public record CFPackage(@JsonProperty("CFDocument") CFDocument cfDocument,
            @JsonProperty("CFItems") List<CFItem> cfItems,
            @JsonProperty("CFAssociations") List<CFAssociation> cfAssociations,
            @JsonProperty("CFDefinitions") CFDefinitions cfDefinitions,
            @JsonProperty("CFRubrics") List<CFRubric> cfRubrics) {
    }

    public record CFItem(UUID identifier, String uri, String fullStatement, String humanCodingScheme,
            String listEnumeration, String abbreviatedStatement, @JsonProperty("CFItemType") String cfItemType,
            @JsonProperty("CFItemTypeURI") LinkURI cfItemTypeUri,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> conceptKeywords, String notes, String language,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> educationLevel, String lastChangeDateTime,
            @JsonProperty("CFDocumentURI") LinkURI cfDocumentUri) {
    }

    /** {@code GET /CFItemAssociations/{sourcedId}}: an item and the associations that touch it. */
    public record CFItemAssociations(@JsonProperty("CFItem") CFItem cfItem,
            @JsonProperty("CFAssociations") List<CFAssociation> cfAssociations) {
    }

    public record CFAssociation(UUID identifier, String uri, String associationType, Integer sequenceNumber,
            @JsonProperty("originNodeURI") LinkURI originNodeUri,
            @JsonProperty("destinationNodeURI") LinkURI destinationNodeUri,
            @JsonProperty("CFDocumentURI") LinkURI cfDocumentUri, String lastChangeDateTime) {
    }

    /** CFDefinitions: this export defines item types only; the other lists are present and empty. */
    public record CFDefinitions(@JsonProperty("CFConcepts") List<Object> cfConcepts,
            @JsonProperty("CFSubjects") List<Object> cfSubjects,
            @JsonProperty("CFLicenses") List<Object> cfLicenses,
            @JsonProperty("CFItemTypes") List<CFItemType> cfItemTypes,
            @JsonProperty("CFAssociationGroupings") List<Object> cfAssociationGroupings) {
    }

    public record CFItemType(UUID identifier, String uri, String title, String description, String hierarchyCode,
            String typeCode, String lastChangeDateTime) {
    }

    public record CFRubric(UUID identifier, String uri, String title, String description, String lastChangeDateTime,
            @JsonProperty("CFRubricCriteria") List<CFRubricCriterion> cfRubricCriteria) {
    }

    public record CFRubricCriterion(UUID identifier, String uri, String category, String description,
            @JsonProperty("CFItemURI") LinkURI cfItemUri, BigDecimal weight, Integer position, UUID rubricId,
            String lastChangeDateTime,
            @JsonProperty("CFRubricCriterionLevels") List<CFRubricCriterionLevel> cfRubricCriterionLevels) {
    }

    public record CFRubricCriterionLevel(UUID identifier, String uri, String description, String quality,
            BigDecimal score, String feedback, Integer position, UUID rubricCriterionId,
            String lastChangeDateTime) {
    }
}
