package org.ragbook.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ragbook.config.ConfigLoader;
import org.ragbook.config.RagbookConfig;
import picocli.CommandLine.Option;

/**
 * The settings options every command that opens the service's database shares: the file to read,
 * and the data folder, which, given here, overrides the file and the environment (the command line
 * is the highest layer, as with any server program: what is typed now is what is meant).
 */
final class ServerSettings {

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file to read instead of ./ragbook.yaml.")
    private Path config;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the embedded database; overrides 'data' in the settings file and RAGBOOK_DATA.")
    private String data;

    /** The settings, with this command's own options (by settings key, such as {@code port}) above every other layer. */
    RagbookConfig load(Map<String, String> environment, Map<String, String> commandOptions) {
        Map<String, String> options = new LinkedHashMap<>(commandOptions);
        if (data != null) {
            options.put("data", data);
        }
        return ConfigLoader.load(config, Path.of("").toAbsolutePath(), environment, options);
    }
}
