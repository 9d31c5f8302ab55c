package fr.agora.domain.interop.casev1p1;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A 1EdTech CASE 1.1 package: one framework (its document, items, associations, definitions and rubrics), in the
 * spec's shape but with Java names; the REST adapter writes it with the spec's JSON names ({@code CFDocument},
 * {@code CFItems}, {@code CFItemType} …).
 *
 * <p>Every {@code uri} here is a <em>path</em> ({@code /ims/case/v1p1/CFItems/<uuid>}), relative to the publisher's
 * base URL: the domain does not know where it is served from, and the export can then be cached once per
 * référentiel version whatever the host. The REST adapter resolves each path against the request's base URL.
 * Optional values are {@code null} (strings, numbers) or empty (lists).
 *
 * @see <a href="https://www.imsglobal.org/spec/case/v1p1">CASE 1.1</a>
 */
public record CasePackage(Document document, List<Item> items, List<Association> associations,
                          Definitions definitions, List<Rubric> rubrics) {

    public CasePackage {
        Objects.requireNonNull(document, "document");
        items = List.copyOf(items);
        associations = List.copyOf(associations);
        Objects.requireNonNull(definitions, "definitions");
        rubrics = List.copyOf(rubrics);
    }

    /** The original form, without definitions. */
    public CasePackage(Document document, List<Item> items, List<Association> associations, List<Rubric> rubrics) {
        this(document, items, associations, Definitions.NONE, rubrics);
    }

    /** A reference to another CASE object (LinkURI / LinkGenURI): its title, identifier and URI (a path here). */
    public record Link(String title, UUID identifier, String uri) {
        public Link {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** CFDocument: the framework itself. {@code packageUri} is the CFPackageURI of the document's package. */
    public record Document(UUID identifier, String uri, String creator, String title, String lastChangeDateTime,
            String officialSourceUrl, String publisher, String description, List<String> subject, String language,
            String version, String adoptionStatus, String statusStartDate, String notes, Link packageUri) {
        public Document {
            Objects.requireNonNull(identifier, "identifier");
            subject = List.copyOf(subject);
        }

        public Link link() {
            return new Link(title, identifier, uri);
        }
    }

    /** CFItem: one node of the tree (bloc, activity, competency, CRCN competency …). */
    public record Item(UUID identifier, String uri, String fullStatement, String humanCodingScheme,
            String listEnumeration, String abbreviatedStatement, String itemType, Link itemTypeUri,
            List<String> conceptKeywords, String notes, String language, List<String> educationLevel,
            String lastChangeDateTime, Link documentUri) {
        public Item {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(fullStatement, "fullStatement");
            conceptKeywords = List.copyOf(conceptKeywords);
            educationLevel = List.copyOf(educationLevel);
        }

        /** A link to this item; its title is the code and the statement, as CASE tools display it. */
        public Link link() {
            return new Link(humanCodingScheme == null ? fullStatement : humanCodingScheme + " " + fullStatement,
                    identifier, uri);
        }
    }

    /** CFAssociation: a typed edge, e.g. {@code isChildOf} down the tree or {@code isRelatedTo} a CRCN competency. */
    public record Association(UUID identifier, String uri, String associationType, Integer sequenceNumber,
            Link originNodeUri, Link destinationNodeUri, Link documentUri, String lastChangeDateTime) {
        public Association {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(associationType, "associationType");
            Objects.requireNonNull(originNodeUri, "originNodeUri");
            Objects.requireNonNull(destinationNodeUri, "destinationNodeUri");
        }
    }

    /** CFDefinitions: the vocabularies the package uses; only item types are defined by this export. */
    public record Definitions(List<ItemType> itemTypes) {
        public static final Definitions NONE = new Definitions(List.of());

        public Definitions {
            itemTypes = List.copyOf(itemTypes);
        }
    }

    /** CFItemType: what kind of node an item is ({@code Bloc de compétences}, {@code Compétence} …). */
    public record ItemType(UUID identifier, String uri, String title, String description, String hierarchyCode,
            String typeCode, String lastChangeDateTime) {
        public Link link() {
            return new Link(title, identifier, uri);
        }
    }

    /** CFRubric: the critères d'évaluation of a competency as rubric criteria, each with mastery levels. */
    public record Rubric(UUID identifier, String uri, String title, String description, String lastChangeDateTime,
            List<RubricCriterion> criteria) {
        public Rubric {
            Objects.requireNonNull(identifier, "identifier");
            criteria = List.copyOf(criteria);
        }
    }

    /** CFRubricCriterion: one critère d'évaluation; {@code itemUri} (CFItemURI) is the competency it judges. */
    public record RubricCriterion(UUID identifier, String uri, String category, String description, Link itemUri,
            BigDecimal weight, Integer position, UUID rubricId, String lastChangeDateTime,
            List<RubricCriterionLevel> levels) {
        public RubricCriterion {
            Objects.requireNonNull(identifier, "identifier");
            levels = List.copyOf(levels);
        }
    }

    /** CFRubricCriterionLevel: one degree of mastery of a criterion. */
    public record RubricCriterionLevel(UUID identifier, String uri, String description, String quality,
            BigDecimal score, String feedback, Integer position, UUID rubricCriterionId, String lastChangeDateTime) {
        public RubricCriterionLevel {
            Objects.requireNonNull(identifier, "identifier");
        }
    }
}
