package fr.agora.domain.assessment;

import fr.agora.domain.school.OrganisationKind;
import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.Placement;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.school.TutorPolicy;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationRulesTest {

    private final CompetencyFramework fw = Fixtures.small();

    private Evaluation e(String comp, String crit, Set<String> cf, Set<String> al, String level) {
        return new Evaluation(EvaluationId.random(), Fixtures.ALICE, comp, crit, PeriodCode.P1, LocalDate.of(2025, 3, 1), level, 1,
                "t@example.org", EvaluatorRole.TUTEUR, cf, al, null, null, null, "t@example.org", Instant.now(), null);
    }

    private void assertField(Evaluation ev, String field, String value) {
        assertThatThrownBy(() -> EvaluationRules.validate(ev, fw, Fixtures.LSL))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(value)
                .satisfies(x -> {
                    InvalidInputException ie = (InvalidInputException) x;
                    org.assertj.core.api.Assertions.assertThat(ie.field()).isEqualTo(field);
                });
    }

    @Test
    void known_codes_pass() {
        assertThatCode(() -> EvaluationRules.validate(e("1.1.1", "1.1.1-a", Set.of("CF1", "CF2"), Set.of("AL1"), "NE"), fw, Fixtures.LSL))
                .doesNotThrowAnyException();
    }

    @Test
    void each_unknown_code_is_named() {
        assertField(e("9.9.9", null, Set.of(), Set.of(), "3"), "competency", "9.9.9");
        assertField(e("1.1.1", "1.1.2-a", Set.of(), Set.of(), "3"), "criterion", "1.1.2-a");
        assertField(e("1.1.1", null, Set.of("CF1", "CF9"), Set.of(), "3"), "complexityFactors[1]", "CF9");
        assertField(e("1.1.2", null, Set.of(), Set.of("AL1"), "3"), "aleas[0]", "AL1");
        assertField(e("1.1.1", null, Set.of(), Set.of(), "5"), "level", "5");
    }

    @Test
    void a_tutor_evaluates_only_students_placed_with_them_in_that_period() {
        StudentId bob = StudentId.of("bob");
        List<Placement> placements = List.of(
                new Placement(Fixtures.ALICE, PeriodCode.P1, "Mairie de Lyon", OrganisationKind.COLLECTIVITE, "M. Martin", "Martin@Lyon.fr"),
                new Placement(bob, PeriodCode.P1, "MAIF", OrganisationKind.MUTUELLE, "Mme Durand", "durand@maif.fr"));
        org.assertj.core.api.Assertions.assertThat(TutorPolicy.tutorMayEvaluate("martin@lyon.fr", Fixtures.ALICE, PeriodCode.P1, placements)).isTrue();
        org.assertj.core.api.Assertions.assertThat(TutorPolicy.tutorMayEvaluate("martin@lyon.fr", Fixtures.ALICE, PeriodCode.P2, placements)).isFalse();
        org.assertj.core.api.Assertions.assertThat(TutorPolicy.tutorMayEvaluate("martin@lyon.fr", bob, PeriodCode.P1, placements)).isFalse();
        org.assertj.core.api.Assertions.assertThat(TutorPolicy.tutorMayEvaluate(null, bob, PeriodCode.P1, placements)).isFalse();
    }
}
