package org.ragbook.store;

import java.util.List;

/** One page of a longer list: its items, which page (from 1) of what size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
