package dev.praxis.spi;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One page of catalog items; {@code nextCursor} is null on the last page. */
public record CatalogPage(List<CatalogItem> items, String nextCursor) {

    public CatalogPage {
        items = List.copyOf(requireNonNull(items, "items is null"));
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
