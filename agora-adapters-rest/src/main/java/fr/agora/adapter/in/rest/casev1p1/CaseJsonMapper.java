package fr.agora.adapter.in.rest.casev1p1;

import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFAssociation;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFDefinitions;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFDocument;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFItem;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFItemType;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFPackage;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFRubric;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFRubricCriterion;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.CFRubricCriterionLevel;
import fr.agora.adapter.in.rest.casev1p1.CaseJson.LinkURI;
import fr.agora.domain.interop.casev1p1.CasePackage;
import java.util.List;

/**
 * Domain CASE values → CASE JSON, making every {@code uri} absolute on the way.
 *
 * <p>Written by hand rather than with MapStruct: every one of the ~25 {@code uri}/link properties must go through the
 * base-URL resolution while the other strings must not, which MapStruct expresses with a {@code @Named} qualifier
 * and a {@code @Mapping} per property (plus one per renamed property) — more annotations than this code has lines, and
 * no stronger guarantee. The guarantee MapStruct's {@code unmappedTargetPolicy=ERROR} gives (no forgotten field) is
 * kept by the records' canonical constructors (a new component breaks the compilation here) and by
 * {@code CaseJsonMapperTest}, which checks that both sides have the same components.
 */
final class CaseJsonMapper {

    private final String baseUrl;

    /** @param baseUrl scheme, host, port and context path, without a trailing slash ({@code http://h:8080}) */
    CaseJsonMapper(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String path) {
        return path == null ? null : baseUrl + path;
    }

    LinkURI link(CasePackage.Link l) {
        return l == null ? null : new LinkURI(l.title(), l.identifier(), absolute(l.uri()));
    }

    CFDocument document(CasePackage.Document d) {
        return new CFDocument(d.identifier(), absolute(d.uri()), d.creator(), d.title(), d.lastChangeDateTime(),
                d.officialSourceUrl(), d.publisher(), d.description(), d.subject(), d.language(), d.version(),
                d.adoptionStatus(), d.statusStartDate(), d.notes(), link(d.packageUri()));
    }

    CFPackage casePackage(CasePackage p) {
        CFDocument d = document(p.document());
        CFDocument inPackage = new CFDocument(d.identifier(), d.uri(), d.creator(), d.title(), d.lastChangeDateTime(),
                d.officialSourceUrl(), d.publisher(), d.description(), d.subject(), d.language(), d.version(),
                d.adoptionStatus(), d.statusStartDate(), d.notes(), null);
        return new CFPackage(inPackage,
                // inside a package the document is the package's own: CASE 1.1's CFPckgItem and CFPckgAssociation
                // have no CFDocumentURI (the official JSON Schema refuses it), unlike a CFItem read on its own
                p.items().stream().map(i -> withoutDocument(item(i))).toList(),
                p.associations().stream().map(a -> withoutDocument(association(a))).toList(),
                new CFDefinitions(List.of(), List.of(), List.of(),
                        p.definitions().itemTypes().stream().map(this::itemType).toList(), List.of()),
                p.rubrics().stream().map(this::rubric).toList());
    }

    CFItem item(CasePackage.Item i) {
        return new CFItem(i.identifier(), absolute(i.uri()), i.fullStatement(), i.humanCodingScheme(),
                i.listEnumeration(), i.abbreviatedStatement(), i.itemType(), link(i.itemTypeUri()),
                i.conceptKeywords(), i.notes(), i.language(), i.educationLevel(), i.lastChangeDateTime(),
                link(i.documentUri()));
    }

    private static CFItem withoutDocument(CFItem i) {
        return new CFItem(i.identifier(), i.uri(), i.fullStatement(), i.humanCodingScheme(), i.listEnumeration(),
                i.abbreviatedStatement(), i.cfItemType(), i.cfItemTypeUri(), i.conceptKeywords(), i.notes(), i.language(),
                i.educationLevel(), i.lastChangeDateTime(), null);
    }

    private static CFAssociation withoutDocument(CFAssociation a) {
        return new CFAssociation(a.identifier(), a.uri(), a.associationType(), a.sequenceNumber(), a.originNodeUri(),
                a.destinationNodeUri(), null, a.lastChangeDateTime());
    }

    CaseJson.CFItemAssociations itemAssociations(
            fr.agora.application.port.in.casev1p1.ExportCaseUseCase.ItemAssociations ia) {
        return new CaseJson.CFItemAssociations(item(ia.item()),
                ia.associations().stream().map(this::association).toList());
    }

    CFAssociation association(CasePackage.Association a) {
        return new CFAssociation(a.identifier(), absolute(a.uri()), a.associationType(), a.sequenceNumber(),
                link(a.originNodeUri()), link(a.destinationNodeUri()), link(a.documentUri()), a.lastChangeDateTime());
    }

    CFItemType itemType(CasePackage.ItemType t) {
        return new CFItemType(t.identifier(), absolute(t.uri()), t.title(), t.description(), t.hierarchyCode(),
                t.typeCode(), t.lastChangeDateTime());
    }

    CFRubric rubric(CasePackage.Rubric r) {
        return new CFRubric(r.identifier(), absolute(r.uri()), r.title(), r.description(), r.lastChangeDateTime(),
                r.criteria().stream().map(this::criterion).toList());
    }

    CFRubricCriterion criterion(CasePackage.RubricCriterion k) {
        return new CFRubricCriterion(k.identifier(), absolute(k.uri()), k.category(), k.description(),
                link(k.itemUri()), k.weight(), k.position(), k.rubricId(), k.lastChangeDateTime(),
                k.levels().stream().map(this::level).toList());
    }

    CFRubricCriterionLevel level(CasePackage.RubricCriterionLevel l) {
        return new CFRubricCriterionLevel(l.identifier(), absolute(l.uri()), l.description(), l.quality(), l.score(),
                l.feedback(), l.position(), l.rubricCriterionId(), l.lastChangeDateTime());
    }
}
