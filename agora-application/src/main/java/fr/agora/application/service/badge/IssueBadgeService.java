package fr.agora.application.service.badge;

import fr.agora.application.port.in.badge.BadgeUrls;
import fr.agora.application.port.in.badge.IssueBadgeCommand;
import fr.agora.application.port.in.badge.IssueBadgeUseCase;
import fr.agora.application.port.in.shared.Caller;
import fr.agora.application.port.out.assessment.LoadEstablishmentPort;
import fr.agora.application.port.out.badge.BadgeStorePort;
import fr.agora.application.port.out.badge.SchoolKeyPort;
import fr.agora.application.port.out.badge.SignCredentialPort;
import fr.agora.application.service.assessment.StudentRecords;
import fr.agora.domain.assessment.AggregatedState;
import fr.agora.domain.assessment.Establishment;
import fr.agora.domain.badge.BadgeCredential;
import fr.agora.domain.badge.BadgeEligibility;
import fr.agora.domain.badge.BadgeIds;
import fr.agora.domain.badge.IssuedBadge;
import fr.agora.domain.shared.ForbiddenException;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Checks the competency is reached and vouched for, records the badge with its status bit, signs the credential. */
public final class IssueBadgeService implements IssueBadgeUseCase {

    private final StudentRecords.Ports records;
    private final LoadEstablishmentPort establishments;
    private final BadgeStorePort store;
    private final SchoolKeyPort keys;
    private final SignCredentialPort signer;
    private final Clock clock;

    public IssueBadgeService(StudentRecords.Ports records, LoadEstablishmentPort establishments, BadgeStorePort store,
                             SchoolKeyPort keys, SignCredentialPort signer, Clock clock) {
        this.records = records;
        this.establishments = establishments;
        this.store = store;
        this.keys = keys;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public Issued issue(IssueBadgeCommand c) {
        requireTeacherOrAdmin(c.caller());
        StudentRecords r = records.read(c.caller(), c.studentId(), null);
        String code = c.competency().trim();
        if (!r.framework().knows(code)) {
            throw new InvalidInputException("unknown-code", "competency", "'" + code + "' is not a competency of référentiel "
                    + r.framework().referentielId() + " " + r.framework().version(), Map.of("value", code));
        }
        AggregatedState state = r.policy().aggregate(code, r.of(code), r.scales());
        BadgeEligibility.check(state, r.of(code));

        Uai uai = c.caller().uai();
        String referentielId = r.framework().referentielId();
        // Seconds: the JWT's nbf has no finer grain, and validFrom must read back equal to it.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IssuedBadge badge = new IssuedBadge(UUID.randomUUID(), uai, r.student().id().value(), referentielId, code,
                BadgeIds.caseItemId(referentielId, code), store.nextStatusIndex(uai), now, c.caller().subject(), null);
        store.saveBadge(badge);
        String jwt = signer.signBadge(credential(badge, c.issuerBaseUrl()), SchoolKeys.getOrCreate(keys, uai, clock),
                BadgeUrls.keySet(c.issuerBaseUrl(), uai));
        return new Issued(badge, jwt);
    }

    private BadgeCredential credential(IssuedBadge b, String base) {
        String schoolName = establishments.loadEstablishment(b.uai()).map(Establishment::name).orElse("Établissement " + b.uai());
        String itemUrl = base + "/ims/case/v1p1/CFItems/" + b.caseItemId();
        BadgeCredential.Alignment alignment = new BadgeCredential.Alignment(itemUrl, "Compétence " + b.competencyCode(),
                b.competencyCode(), "Bac pro AGOrA — référentiel " + b.referentielId());
        BadgeCredential.Achievement achievement = new BadgeCredential.Achievement(
                "urn:uuid:" + b.caseItemId(), "Compétence " + b.competencyCode() + " — Bac pro AGOrA",
                "Compétence " + b.competencyCode() + " du référentiel " + b.referentielId() + " du baccalauréat professionnel AGOrA.",
                "Compétence atteinte lors des périodes de formation en milieu professionnel (PFMP), selon la politique "
                        + "d'agrégation de l'établissement, et validée par un enseignant.",
                alignment);
        return new BadgeCredential("urn:uuid:" + b.id(), new BadgeCredential.Issuer(BadgeUrls.issuer(base, b.uai()), schoolName),
                b.issuedAt(), BadgeIds.subjectId(b.uai(), b.studentId()), achievement,
                new BadgeCredential.Status(BadgeUrls.statusList(base, b.uai()), b.statusIndex()));
    }

    static void requireTeacherOrAdmin(Caller caller) {
        if (caller.role() != Caller.Role.TEACHER && caller.role() != Caller.Role.SCHOOL_ADMIN) {
            throw new ForbiddenException("role-not-allowed", null, "only a teacher or a school admin may issue or revoke badges");
        }
    }
}
