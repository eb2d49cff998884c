package org.ragbook.store;

import java.util.Optional;

/** How a return reached Ragbook. */
public enum Channel {
    WEB, API, CLI, EMAIL;

    /** As written in the database, the API and the CLI: lower case. */
    public String label() {
        return Labelled.label(this);
    }

    public static Optional<Channel> parse(String text) {
        return Labelled.parse(Channel.class, text);
    }
}
