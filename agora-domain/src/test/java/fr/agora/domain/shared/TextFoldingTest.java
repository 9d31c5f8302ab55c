package fr.agora.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void folds_accents_case_ligatures_and_spaces() {
        assertThat(TextFolding.fold("Établir un état périodique de TRÉSORERIE")).isEqualTo("etablir un etat periodique de tresorerie");
        assertThat(TextFolding.fold("mises en Œuvre")).isEqualTo("mises en oeuvre");
        assertThat(TextFolding.fold("  l’organisation\u00a0 ")).isEqualTo("l'organisation");
        assertThat(TextFolding.fold("")).isEmpty();
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    void every_query_word_must_appear() {
        String text = TextFolding.fold("Établir un état périodique de trésorerie");
        assertThat(TextFolding.containsAllWords(text, "tresorerie")).isTrue();
        assertThat(TextFolding.containsAllWords(text, "ETAT  Trésorerie")).isTrue();
        assertThat(TextFolding.containsAllWords(text, "trésorerie paie")).isFalse();
        assertThat(TextFolding.containsAllWords(text, "  ")).isTrue();
    }
}
