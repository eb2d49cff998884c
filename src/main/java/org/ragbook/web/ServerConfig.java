package org.ragbook.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a Ragbook server runs: its port (0 for any free port), the folder for uploads in transit, the
 * largest return it accepts, the most rows a return may have to be answered at once rather than
 * queued for the background (202 with a progress URL), and the address people reach it at, for links
 * written into files (empty: the address each request came to).
 */
public record ServerConfig(int port, Path dataFolder, long maxUploadBytes, long syncRowLimit,
        Optional<URI> publicUrl) {

    public ServerConfig {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + maxUploadBytes);
        }
    }
}
