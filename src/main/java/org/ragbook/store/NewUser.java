package org.ragbook.store;

/** A user just added, with their token: the only time it exists outside its owner's hands. */
public record NewUser(User user, String token) {
}
