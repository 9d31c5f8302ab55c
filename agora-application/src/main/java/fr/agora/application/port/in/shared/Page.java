package fr.agora.application.port.in.shared;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/**
 * One page of a list: the items, the page number (from 0), the page size and the total number of items. A page past
 * the last one is empty and still carries the total (a client reads "nothing more", not an error).
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The largest page size every list accepts. */
    public static final int MAX_SIZE = 200;
    /** The page size when the client names none. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page number: page × {@link #MAX_SIZE} stays far below {@code Integer.MAX_VALUE} (a row offset). */
    public static final int MAX_PAGE = 100_000;

    public Page {
        items = List.copyOf(items);
    }

    /** Checks a requested page and size (400 naming {@code page} or {@code size}). */
    public static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) throw new InvalidInputException("page", "page must be within 0–" + MAX_PAGE);
        if (size < 1 || size > MAX_SIZE) throw new InvalidInputException("size", "size must be within 1–" + MAX_SIZE);
    }

    /** The row offset of the first item of the page (checked: never negative, never overflowing). */
    public static int offset(int page, int size) {
        check(page, size);
        return page * size;
    }

    /**
     * One page of a list already held in memory (a small, bounded catalogue: the référentiel versions, a version's
     * competencies or exam units, a student's six placements, a school's webhook endpoints).
     */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int from = offset(page, size);
        if (from >= all.size()) {
            return new Page<>(List.of(), page, size, all.size());
        }
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /** The same page with its items mapped (to DTOs). */
    public <R> Page<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
