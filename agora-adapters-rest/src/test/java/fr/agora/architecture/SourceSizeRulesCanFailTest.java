package fr.agora.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The size rules run on sources written to break them (and to just keep them): each offender must be named. */
class SourceSizeRulesCanFailTest {

    /** A method whose declaration, {@code bodyLines} statements and closing brace span {@code bodyLines + 2} lines. */
    private static String method(String name, int bodyLines) {
        return "    int " + name + "() {\n" + "        int x = 0;\n".repeat(bodyLines - 1) + "        return 0;\n    }\n";
    }

    private static String type(String annotation, String members) {
        return annotation + "final class Big {\n" + members + "}\n";
    }

    @Test
    void a_method_of_61_lines_is_named_and_one_of_60_is_not() {
        String source = type("", method("tooLong", 59) + method("justRight", 58));

        assertThat(SourceSizeRules.violations("Big.java", source))
                .containsExactly("Big.java:2 method Big.tooLong (61 lines > 60)");
    }

    @Test
    void constructors_and_nested_types_count_too() {
        String constructor = "    Big() {\n" + "        int x = 0;\n".repeat(60) + "    }\n";
        String nested = "    record Line(int a) {\n        Line {\n" + "            int x = 0;\n".repeat(60)
                + "        }\n    }\n";

        assertThat(SourceSizeRules.violations("Big.java", type("", constructor + nested)))
                .containsExactly("Big.java:2 method Big.Big (62 lines > 60)", "Big.java:65 method Big.Line (62 lines > 60)");
    }

    @Test
    void a_class_of_401_lines_is_named_and_one_of_400_is_not() {
        String fields = "    int f%d;\n";
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 399; i++) {
            big.append(fields.formatted(i));
        }
        String exactly400 = type("", big.toString().substring(0, big.length() - fields.formatted(398).length()));
        String over400 = type("", big.toString());

        assertThat(SourceSizeRules.violations("Big.java", exactly400)).isEmpty();
        assertThat(SourceSizeRules.violations("Big.java", over400)).containsExactly("Big.java:1 class Big (401 lines > 400)");
    }

    @Test
    void generated_types_are_passed_over() {
        String generated = type("@javax.annotation.processing.Generated(\"x\")\n", method("tooLong", 80));

        assertThat(SourceSizeRules.violations("Big.java", generated)).isEmpty();
    }

    @Test
    void a_file_that_does_not_parse_fails_loudly_rather_than_passing() {
        assertThatThrownBy(() -> SourceSizeRules.violations("Broken.java", "final class {"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Broken.java");
    }
}
