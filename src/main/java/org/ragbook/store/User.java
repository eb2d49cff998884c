package org.ragbook.store;

/**
 * Someone who signs in with a token: a member of one organisation, with one role.
 *
 * @param email the address they may submit from by email, in lower case; null when they may not
 */
public record User(long id, String name, String organisation, Role role, String email) {
}
