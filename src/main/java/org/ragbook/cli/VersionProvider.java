package org.ragbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven recorded in the jar; a build run from the source tree has none. */
final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.ragbook/ragbook/pom.properties";

    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return new String[] {"ragbook (development build)"};
            }
            Properties pom = new Properties();
            pom.load(in);
            return new String[] {"ragbook " + pom.getProperty("version"), "Java " + System.getProperty("java.version")};
        }
    }
}
