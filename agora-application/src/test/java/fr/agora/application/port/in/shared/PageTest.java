package fr.agora.application.port.in.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one pagination's arithmetic: bounds, offsets, slices of an in-memory list, a page past the end. */
class PageTest {

    private static final List<Integer> THIRTY_SEVEN = IntStream.range(0, 37).boxed().toList();

    @Test
    void slices_a_list_in_pages_with_the_total_on_every_page() {
        // 37 items by 20: page 0 = 0…19, page 1 = 20…36 (17 items), page 2 empty
        assertThat(Page.slice(THIRTY_SEVEN, 0, 20).items()).hasSize(20).startsWith(0).endsWith(19);
        assertThat(Page.slice(THIRTY_SEVEN, 1, 20).items()).hasSize(17).startsWith(20).endsWith(36);
        Page<Integer> past = Page.slice(THIRTY_SEVEN, 2, 20);
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(37);
        assertThat(past.page()).isEqualTo(2);
        assertThat(Page.slice(THIRTY_SEVEN, 36, 1).items()).containsExactly(36);
        assertThat(Page.slice(THIRTY_SEVEN, 0, 200).items()).hasSize(37);
    }

    @Test
    void an_empty_list_has_an_empty_first_page() {
        Page<Integer> p = Page.slice(List.of(), 0, 20);
        assertThat(p.items()).isEmpty();
        assertThat(p.total()).isZero();
    }

    @Test
    void the_largest_page_and_size_never_overflow_the_offset() {
        // 100 000 × 200 = 20 000 000, far below Integer.MAX_VALUE (2 147 483 647)
        assertThat(Page.offset(Page.MAX_PAGE, Page.MAX_SIZE)).isEqualTo(20_000_000);
        assertThat(Page.slice(THIRTY_SEVEN, Page.MAX_PAGE, Page.MAX_SIZE).items()).isEmpty();
    }

    @Test
    void out_of_bounds_values_are_refused_naming_the_parameter() {
        assertThat(refused(-1, 20)).isEqualTo("page");
        assertThat(refused(Page.MAX_PAGE + 1, 20)).isEqualTo("page");
        assertThat(refused(0, 0)).isEqualTo("size");
        assertThat(refused(0, Page.MAX_SIZE + 1)).isEqualTo("size");
    }

    private static String refused(int page, int size) {
        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, () -> Page.check(page, size));
        assertThat(e).isNotNull();
        return e.field();
    }

    @Test
    void maps_its_items_and_keeps_its_numbers() {
        Page<String> p = Page.slice(THIRTY_SEVEN, 1, 10).map(i -> "#" + i);
        assertThat(p.items()).startsWith("#10").hasSize(10);
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(10);
        assertThat(p.total()).isEqualTo(37);
    }
}
