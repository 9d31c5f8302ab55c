package fr.agora.application.port.in.shared;

import fr.agora.domain.shared.InvalidInputException;
import java.util.List;

/** One page of a list: the items, the page number (from 0), the page size and the total number of items. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Checks a requested page and size (400 naming {@code page} or {@code size}). */
    public static void check(int page, int size) {
        if (page < 0) throw new InvalidInputException("page", "page must be ≥ 0");
        if (size < 1 || size > MAX_SIZE) throw new InvalidInputException("size", "size must be within 1–" + MAX_SIZE);
        // page × size is the row offset: it must not overflow to a negative number (it reached the database as one)
        if ((long) page * size > Integer.MAX_VALUE) throw new InvalidInputException("page", "page × size is beyond the last row");
    }
}
