package fr.agora.application.service.tutor;

import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.in.shared.Page;
import fr.agora.application.port.in.tutor.CreateTutorLinkCommand;
import fr.agora.application.port.in.tutor.IssuedTutorLink;
import fr.agora.application.port.in.tutor.ManageTutorLinksUseCase;
import fr.agora.application.port.out.school.LoadPlacementsPort;
import fr.agora.application.port.out.school.LoadStudentPort;
import fr.agora.application.port.out.shared.AuditPort;
import fr.agora.application.port.out.tutor.LoadTutorLinkPort;
import fr.agora.application.port.out.tutor.SaveTutorLinkPort;
import fr.agora.application.service.school.SchoolLookups;
import fr.agora.application.service.shared.Roles;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.Student;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.NotFoundException;
import fr.agora.domain.tutor.TutorLink;
import fr.agora.domain.tutor.TutorLinkTokens;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creates, lists and revokes tutor links (teachers and school admins); creation and revocation are audited. */
public final class ManageTutorLinksService implements ManageTutorLinksUseCase {

    private final LoadStudentPort students;
    private final LoadPlacementsPort placements;
    private final LoadTutorLinkPort load;
    private final SaveTutorLinkPort save;
    private final AuditPort audit;
    private final Clock clock;

    public ManageTutorLinksService(LoadStudentPort students, LoadPlacementsPort placements, LoadTutorLinkPort load, SaveTutorLinkPort save,
                                   AuditPort audit, Clock clock) {
        this.students = students;
        this.placements = placements;
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedTutorLink create(CreateTutorLinkCommand c) {
        Roles.require(c.caller(), Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN);
        Student s = SchoolLookups.visibleStudent(students, placements, c.caller(), c.studentId());
        PeriodCode code = PeriodCode.parse("period", c.period());
        Placement p = placements.loadPlacementsOfStudent(c.caller().uai(), s.id()).stream().filter(x -> x.period() == code).findFirst()
                .orElseThrow(() -> new NotFoundException("placement-not-found", "placement", c.studentId() + " " + code));
        if (c.validDays() < 1 || c.validDays() > TutorLink.MAX_LIFETIME.toDays()) {
            throw new InvalidInputException("validDays", "validDays must be within 1–" + TutorLink.MAX_LIFETIME.toDays());
        }
        String token = TutorLinkTokens.newToken();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored
        TutorLink link = new TutorLink(UUID.randomUUID().toString(), c.caller().uai(), s.id(), code, p.tutorEmail(), TutorLinkTokens.hash(token),
                now, now.plus(Duration.ofDays(c.validDays())), c.caller().subject(), null, null, null);
        save.insertLink(link);
        audit.audit(new AuditPort.AuditRecord(c.caller().uai(), "TUTOR_LINK_CREATED", c.caller().role().name(), 1, now));
        return new IssuedTutorLink(link, token);
    }

    @Override
    public Page<TutorLink> links(Caller caller, String studentId, int page, int size) {
        int offset = Page.offset(page, size);
        Student s = student(caller, studentId);
        return new Page<>(load.listLinksOfStudent(caller.uai(), s.id(), offset, size), page, size, load.countLinksOfStudent(caller.uai(), s.id()));
    }

    private Student student(Caller caller, String studentId) {
        Roles.require(caller, Caller.Role.TEACHER, Caller.Role.SCHOOL_ADMIN);
        return SchoolLookups.visibleStudent(students, placements, caller, studentId);
    }

    @Override
    public TutorLink revoke(Caller caller, String studentId, String linkId) {
        TutorLink link = load.loadLinksOfStudent(caller.uai(), student(caller, studentId).id()).stream().filter(l -> l.id().equals(linkId)).findFirst()
                .orElseThrow(() -> new NotFoundException("tutor-link-not-found", "linkId", linkId));
        if (link.revokedAt() != null) return link;
        Instant now = clock.instant();
        save.revokeLink(link.id(), now);
        audit.audit(new AuditPort.AuditRecord(caller.uai(), "TUTOR_LINK_REVOKED", caller.role().name(), 1, now));
        return new TutorLink(link.id(), link.uai(), link.studentId(), link.period(), link.tutorEmail(), link.tokenHash(), link.createdAt(),
                link.expiresAt(), link.createdBy(), now, link.submittedAt(), link.appreciation());
    }
}
