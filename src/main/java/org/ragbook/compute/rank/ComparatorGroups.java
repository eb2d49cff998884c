package org.ragbook.compute.rank;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ragbook.schema.BuiltInFolder;
import org.ragbook.schema.SchemaLoader;

/**
 * The comparator groups a Ragbook instance knows: one {@code <id>.yaml} file per group, kept beside
 * the schemas in {@code workbook-templates/schemas/comparators/} and shipped in the jar as
 * {@code schemas/comparators/}. A malformed file is refused whole with a
 * {@link org.ragbook.schema.SchemaException} naming the file, line and field.
 */
public final class ComparatorGroups {

    private static final String BUILT_IN_FOLDER = "schemas/comparators";

    private final List<ComparatorGroup> groups;

    public ComparatorGroups(List<ComparatorGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The groups shipped with Ragbook, from the folder of classes or from inside the jar. */
    public static ComparatorGroups builtIn() {
        return BuiltInFolder.read(BUILT_IN_FOLDER, ComparatorGroups::fromDirectory);
    }

    /** Every {@code *.yaml} group directly in {@code dir}, in file-name order; none when it holds no such file. */
    public static ComparatorGroups fromDirectory(Path dir) {
        return new ComparatorGroups(SchemaLoader.yamlFiles(dir, "comparator group").stream()
                .map(ComparatorGroupFile::load)
                .toList());
    }

    public List<ComparatorGroup> all() {
        return groups;
    }

    public Optional<ComparatorGroup> find(String id) {
        return groups.stream().filter(g -> g.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The groups {@code areaCode} belongs to, in file-name order. */
    public List<ComparatorGroup> containing(String areaCode) {
        return groups.stream().filter(g -> g.contains(areaCode)).toList();
    }
}
