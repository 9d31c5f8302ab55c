package fr.agora.domain.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.school.PeriodCode;
import fr.agora.domain.school.StudentId;
import fr.agora.domain.shared.InvalidInputException;
import fr.agora.domain.shared.Uai;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TutorLinkTest {

    static final Instant T0 = Instant.parse("2026-11-16T08:00:00Z");

    static TutorLink link(Instant expires, Instant revoked) {
        return new TutorLink("id", Uai.of("0750001A"), StudentId.of("s1"), PeriodCode.P3, "tutor@host.fr", "h", T0, expires, "prof", revoked, null, null);
    }

    @Test
    void aLinkIsActiveUntilItExpiresAndRevokedWinsOverExpired() {
        TutorLink l = link(T0.plus(Duration.ofDays(30)), null);
        assertThat(l.state(T0.plus(Duration.ofDays(29)))).isEqualTo(TutorLink.State.ACTIVE);
        assertThat(l.state(T0.plus(Duration.ofDays(30)))).isEqualTo(TutorLink.State.EXPIRED);
        assertThat(link(T0.plus(Duration.ofDays(30)), T0.plusSeconds(60)).state(T0.plus(Duration.ofDays(40)))).isEqualTo(TutorLink.State.REVOKED);
        assertThatThrownBy(() -> link(T0.plus(Duration.ofDays(91)), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> link(T0, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = TutorLinkTokens.newToken();
            assertThat(TutorLinkTokens.wellFormed(t)).isTrue();
            assertThat(seen.add(t)).isTrue();
        }
        String t = TutorLinkTokens.newToken();
        assertThat(TutorLinkTokens.hash(t)).hasSize(64).isNotEqualTo(t).isEqualTo(TutorLinkTokens.hash(t));
        assertThat(TutorLinkTokens.wellFormed("short")).isFalse();
        assertThat(TutorLinkTokens.wellFormed("é".repeat(43))).isFalse();
        assertThat(TutorLinkTokens.wellFormed(null)).isFalse();
    }
}
