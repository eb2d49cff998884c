package org.ragbook.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A folder of data files shipped inside Ragbook (the built-in schemas, the comparator groups), read
 * from the folder of classes when running from a build or from inside the jar when packaged.
 */
public final class BuiltInFolder {

    private BuiltInFolder() {
    }

    /**
     * What {@code reader} makes of the classpath folder {@code folder} (such as {@code schemas}). The
     * folder is only open while {@code reader} runs, so it must read everything it needs then.
     */
    public static <T> T read(String folder, Function<Path, T> reader) {
        return read(codeLocation(), folder, reader);
    }

    /** As {@link #read(String, Function)}, from a given folder of classes or jar. */
    static <T> T read(Path classesOrJar, String folder, Function<Path, T> reader) {
        if (Files.isDirectory(classesOrJar)) {
            return reader.apply(classesOrJar.resolve(folder));
        }
        try (FileSystem jar = FileSystems.newFileSystem(classesOrJar)) {
            return reader.apply(jar.getPath("/", folder));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in " + folder + " cannot be read from " + classesOrJar, e);
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(BuiltInFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Ragbook's own location is not a path", e);
        }
    }
}
