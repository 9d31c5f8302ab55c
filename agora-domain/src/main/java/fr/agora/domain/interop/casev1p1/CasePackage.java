package fr.agora.domain.interop.casev1p1;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A 1EdTech CASE 1.1 package: one framework (its document, items, associations and rubrics), in the spec's shape
 * but with Java names; the REST adapter writes it with the spec's JSON names ({@code CFDocument}, {@code CFItems} …).
 *
 * @see <a href="https://www.imsglobal.org/spec/case/v1p1">CASE 1.1</a>
 */
public record CasePackage(Document document, List<Item> items, List<Association> associations, List<Rubric> rubrics) {

    public CasePackage {
        Objects.requireNonNull(document, "document");
        items = List.copyOf(items);
        associations = List.copyOf(associations);
        rubrics = List.copyOf(rubrics);
    }

    /** A reference to another CASE object: its title, identifier and URI. */
    public record Link(String title, UUID identifier, String uri) {
    }

    /** CFDocument: the framework itself. */
    public record Document(UUID identifier, String uri, String creator, String title, String lastChangeDateTime,
            String officialSourceUrl, String publisher, String description, List<String> subject, String language,
            String version, String adoptionStatus, String statusStartDate, String notes, Link packageUri) {
        public Document {
            subject = List.copyOf(subject);
        }
    }

    /** CFItem: one node of the tree (bloc, activity, competency, criterion, CRCN competency …). */
    public record Item(UUID identifier, String uri, String fullStatement, String humanCodingScheme,
            String abbreviatedStatement, String itemType, List<String> conceptKeywords, String notes, String language,
            List<String> educationLevel, String lastChangeDateTime, Link documentUri) {
        public Item {
            conceptKeywords = List.copyOf(conceptKeywords);
            educationLevel = List.copyOf(educationLevel);
        }
    }

    /** CFAssociation: a typed edge, e.g. {@code isChildOf} down the tree or {@code isRelatedTo} a CRCN competency. */
    public record Association(UUID identifier, String uri, String associationType, Integer sequenceNumber,
            Link originNodeUri, Link destinationNodeUri, Link documentUri, String lastChangeDateTime) {
    }

    /** CFRubric: the critères d'évaluation of a competency as rubric criteria, each with mastery levels. */
    public record Rubric(UUID identifier, String uri, String title, String description, String lastChangeDateTime,
            List<RubricCriterion> criteria) {
        public Rubric {
            criteria = List.copyOf(criteria);
        }
    }

    public record RubricCriterion(UUID identifier, String uri, String category, String description, Link itemUri,
            java.math.BigDecimal weight, Integer position, UUID rubricId, String lastChangeDateTime, List<RubricCriterionLevel> levels) {
        public RubricCriterion {
            levels = List.copyOf(levels);
        }
    }

    public record RubricCriterionLevel(UUID identifier, String uri, String description, String quality, java.math.BigDecimal score,
            String feedback, Integer position, UUID rubricCriterionId, String lastChangeDateTime) {
    }
}
