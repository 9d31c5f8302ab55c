package fr.agora.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The size rules of the conventions over the hand-written production sources of all four modules. */
class SourceSizeTest {

    /** Surefire runs in the module's folder; the modules are its siblings. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @Test
    void the_four_modules_are_read() {
        assertThat(SourceSizeRules.mainSourceRoots(REPOSITORY)).hasSize(4);
    }

    @Test
    void no_class_over_400_lines_and_no_method_over_60_lines_in_src_main() {
        assertThat(SourceSizeRules.violationsUnder(REPOSITORY)).isEmpty();
    }
}
