package org.ragbook.web;

import java.nio.file.Path;

/**
 * How a Ragbook server runs: its port (0 for any free port), the folder it keeps submissions in,
 * and the largest return it accepts.
 */
public record ServerConfig(int port, Path dataFolder, long maxUploadBytes) {

    public ServerConfig {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive, not " + maxUploadBytes);
        }
    }

    public static ServerConfig withMegabytes(int port, Path dataFolder, int maxUploadMegabytes) {
        return new ServerConfig(port, dataFolder, maxUploadMegabytes * 1024L * 1024L);
    }
}
