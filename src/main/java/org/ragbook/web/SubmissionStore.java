package org.ragbook.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps each submission in its own folder, {@code submissions/{id}/}, under the data folder. The
 * original is written before anything reads it, so a return that breaks Ragbook is still there to
 * investigate. Ids are random UUIDs; only an id in UUID form is ever turned into a path, so a
 * request cannot name a folder outside the store.
 */
public final class SubmissionStore {

    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,10}");
    private static final String ORIGINAL = "original";

    private final Path root;

    public SubmissionStore(Path dataFolder) {
        this.root = dataFolder.resolve("submissions");
    }

    /** Stores an upload's bytes as {@code original.<extension>} in a new submission folder. */
    public Submission create(String fileName, InputStream content) {
        String id = UUID.randomUUID().toString();
        Path folder = root.resolve(id);
        Path original = folder.resolve(ORIGINAL + "." + extensionOf(fileName));
        try {
            Files.createDirectories(folder);
            Files.copy(content, original);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload in " + folder, e);
        }
        return new Submission(id, folder, original);
    }

    /** The submission with this id, or empty when there is none or the id is not a submission id. */
    public Optional<Submission> find(String id) {
        if (!isSubmissionId(id)) {
            return Optional.empty();
        }
        Path folder = root.resolve(id);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> originals = Files.newDirectoryStream(folder, ORIGINAL + ".*")) {
            Iterator<Path> found = originals.iterator();
            return found.hasNext() ? Optional.of(new Submission(id, folder, found.next())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the submission folder " + folder, e);
        }
    }

    private static boolean isSubmissionId(String id) {
        try {
            return id != null && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    /** The upload's own extension when it is a plain one, so the stored original opens as what it was. */
    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SAFE_EXTENSION.matcher(extension).matches() ? extension : "bin";
    }
}
