package org.ragbook.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says why an OLE2 compound file cannot be read. Excel wraps a password-protected .xlsx in this
 * container, and Excel 97-2003 saved every workbook in it; the entries inside tell the two apart.
 */
final class Ole2File {

    /** The stream names under which Excel 5 to 2003 stored the workbook itself. */
    private static final Set<String> WORKBOOK_STREAMS = Set.of("workbook", "book");

    private Ole2File() {
    }

    static UnreadableReturnException explain(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return Unreadable.passwordProtected();
            }
            for (Entry entry : root) {
                if (WORKBOOK_STREAMS.contains(entry.getName().toLowerCase(java.util.Locale.ROOT))) {
                    return Unreadable.legacyXls();
                }
            }
            return Unreadable.notAWorkbook();
        } catch (IOException | RuntimeException e) {
            // the file is refused whatever happens here; a broken container only changes the words
            return Unreadable.damaged("the old-style Office container could not be opened", e);
        }
    }
}
