package fr.agora.adapter.in.rest.http;

import fr.agora.application.port.in.shared.Page;

/**
 * The {@code page} (from 0) and {@code size} query parameters of every list operation, read and checked in one place
 * ({@link PageQueryArgumentResolver}) and documented once (the {@code page}/{@code size} parameter components added by
 * {@link PagingConfiguration}). A controller method takes it as an argument; bounds are {@link Page}'s.
 */
public record PageQuery(int page, int size) {

    public PageQuery {
        Page.check(page, size);
    }

    /** The row offset of the page's first item. */
    public int offset() {
        return Page.offset(page, size);
    }

    /** One page of a list held in memory (a small, bounded catalogue). */
    public <T> Page<T> slice(java.util.List<T> all) {
        return Page.slice(all, page, size);
    }
}
