package fr.agora.adapter.in.rest.oneroster;

import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterCategory;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterGuidRef;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLearningObjectiveIds;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLearningObjectiveResult;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLearningObjectiveResults;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterLineItem;
import fr.agora.adapter.in.rest.oneroster.OneRosterDtos.OneRosterResult;
import fr.agora.domain.interop.oneroster.Gradebook;
import fr.agora.domain.shared.Uai;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Gradebook → OneRoster JSON models. Hand-written like the school mappers: every field is a conversion (GUIDRefs built
 * from ids, instants and dates as the binding's strings, the CASE identifier in a one-element set), none maps 1:1.
 * {@code href}s are paths on this server (rostering objects — classes, users, orgs — are named by the ids the school
 * endpoints use; this server does not serve the rostering service).
 */
final class OneRosterRestMapper {

    static final String GRADEBOOK = "/ims/oneroster/gradebook/v1p2";
    static final String ROSTERING = "/ims/oneroster/rostering/v1p2";

    private OneRosterRestMapper() {
    }

    static OneRosterCategory category(Gradebook.Category c) {
        return new OneRosterCategory(c.sourcedId(), "active", instant(c.dateLastModified()), c.title(), null);
    }

    static OneRosterLineItem lineItem(Uai uai, Gradebook.LineItem l) {
        return new OneRosterLineItem(l.sourcedId(), "active", instant(l.dateLastModified()), l.title(), l.description(), date(l.assignDate()),
                date(l.dueDate()), ref(ROSTERING + "/classes/", l.classSourcedId(), "class"), ref(ROSTERING + "/orgs/", uai.value(), "org"),
                ref(GRADEBOOK + "/categories/", l.categorySourcedId(), "category"), l.resultValueMin(), l.resultValueMax(),
                List.of(new OneRosterLearningObjectiveIds("case", List.of(l.learningObjectiveId().toString()))));
    }

    static OneRosterResult result(Gradebook.Result r) {
        return new OneRosterResult(r.sourcedId(), "active", instant(r.dateLastModified()), ref(GRADEBOOK + "/lineItems/", r.lineItemSourcedId(), "lineItem"),
                ref(ROSTERING + "/users/", r.studentSourcedId(), "user"), ref(ROSTERING + "/classes/", r.classSourcedId(), "class"),
                "fully graded", r.score(), r.textScore(), date(r.scoreDate()),
                List.of(new OneRosterLearningObjectiveResults("case", List.of(
                        new OneRosterLearningObjectiveResult(r.learningObjectiveId().toString(), r.score(), r.textScore())))));
    }

    private static OneRosterGuidRef ref(String base, String id, String type) {
        return new OneRosterGuidRef(base + id, id, type);
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
