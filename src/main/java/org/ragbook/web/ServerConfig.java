package org.ragbook.web;

import java.nio.file.Path;

/**
 * How a Ragbook server runs: its port (0 for any free port), the folder for uploads in transit, the
 * largest return it accepts, and the most rows a return may have to be answered at once rather than
 * queued for the background (202 with a progress URL).
 */
public record ServerConfig(int port, Path dataFolder, long maxUploadBytes, long syncRowLimit) {

    public ServerConfig {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + maxUploadBytes);
        }
    }
}
