package fr.agora.domain.school;

import fr.agora.domain.shared.Uai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.agora.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @Test
    void uai_is_seven_digits_and_a_letter_normalised_to_upper_case() {
        assertThat(Uai.of(" 0751234a ").value()).isEqualTo("0751234A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "075123A", "07512345A", "0751234", "A751234B", "0751234AB"})
    void uai_refuses_other_shapes(String v) {
        assertThatThrownBy(() -> Uai.of(v)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("uai");
    }

    @Test
    void ine_accepts_the_three_eleven_character_formats() {
        assertThat(Ine.of("123456789ab").format()).isEqualTo(Ine.Format.RNIE);
        assertThat(Ine.of("123456789AB").value()).isEqualTo("123456789AB");
        assertThat(Ine.of("1234567890A").format()).isEqualTo(Ine.Format.BEA);
        assertThat(Ine.of("1234A12345B").format()).isEqualTo(Ine.Format.APPRENTISSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678AB", "123456789ABC", "12345678901", "ABCDEFGHIJK", "123456789A1", "12345_7890A", "1234B12345C"})
    void ine_refuses_other_shapes(String v) {
        assertThatThrownBy(() -> Ine.of(v)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("ine");
    }

    @Test
    void period_codes_parse_and_name_the_field() {
        assertThat(PeriodCode.parse("period", "p3")).isEqualTo(PeriodCode.P3);
        assertThat(PeriodCode.P6.number()).isEqualTo(6);
        assertThatThrownBy(() -> PeriodCode.parse("period", "P7")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("P7");
    }

    @Test
    void student_id_is_required() {
        assertThatThrownBy(() -> StudentId.of(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(StudentId.random().value()).hasSize(36);
    }
}
