package org.ragbook.store;

/** Someone who signs in with a token: a member of one organisation, with one role. */
public record User(long id, String name, String organisation, Role role) {
}
