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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Gradebook → OneRoster JSON models. Hand-written like the school mappers: every field is a conversion (GUIDRefs built
 * from ids, instants and dates as the binding's strings, the CASE identifier in a one-element set), none maps 1:1.
 * {@code href}s are absolute URIs on this server, as the binding's {@code format: uri} wants (rostering objects —
 * classes, users, orgs — are named by the ids the school endpoints use; this server does not serve the rostering
 * service). A line item's {@code assignDate} and {@code dueDate} are date-times in the binding: the period's first day
 * from 00:00 and its last day until 23:59:59 in the school's time zone, written in UTC.
 */
final class OneRosterRestMapper {

    static final String GRADEBOOK = "/ims/oneroster/gradebook/v1p2";
    static final String ROSTERING = "/ims/oneroster/rostering/v1p2";

    private OneRosterRestMapper() {
    }

    static OneRosterCategory category(Gradebook.Category c) {
        return new OneRosterCategory(c.sourcedId(), "active", instant(c.dateLastModified()), c.title(), null);
    }

    /** @param base scheme, host, port and context path of this server, without a trailing slash */
    static OneRosterLineItem lineItem(Uai uai, Gradebook.LineItem l, String base, ZoneId zone) {
        return new OneRosterLineItem(l.sourcedId(), "active", instant(l.dateLastModified()), l.title(), l.description(),
                instant(l.assignDate().atStartOfDay(zone).toInstant()), instant(l.dueDate().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant()),
                ref(base + ROSTERING + "/classes/", l.classSourcedId(), "class"), ref(base + ROSTERING + "/orgs/", uai.value(), "org"),
                ref(base + GRADEBOOK + "/categories/", l.categorySourcedId(), "category"), l.resultValueMin(), l.resultValueMax(),
                List.of(new OneRosterLearningObjectiveIds("case", List.of(l.learningObjectiveId().toString()))));
    }

    static OneRosterResult result(Gradebook.Result r, String base) {
        return new OneRosterResult(r.sourcedId(), "active", instant(r.dateLastModified()),
                ref(base + GRADEBOOK + "/lineItems/", r.lineItemSourcedId(), "lineItem"),
                ref(base + ROSTERING + "/users/", r.studentSourcedId(), "user"), ref(base + ROSTERING + "/classes/", r.classSourcedId(), "class"),
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
