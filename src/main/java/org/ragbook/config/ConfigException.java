package org.ragbook.config;

/**
 * A setting Ragbook cannot start with. The message names where it was written, so the operator
 * can fix it without reading code: {@code ragbook.yaml, line 3: port: 'abc' is not a whole number}
 * or {@code environment variable RAGBOOK_PORT: '70000' is not between 1 and 65535}.
 */
public final class ConfigException extends RuntimeException {

    ConfigException(String message) {
        super(message);
    }

    ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
