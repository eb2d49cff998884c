package org.ragbook.compute.rank;

import java.util.List;

/**
 * A named set of areas an area is ranked among, such as a county council and its CIPFA nearest
 * neighbours. {@code source} says where the list comes from, so that a ranking can say what it
 * ranks against.
 */
public record ComparatorGroup(String id, String name, String source, List<String> areaCodes) {

    public ComparatorGroup {
        areaCodes = List.copyOf(areaCodes);
    }

    public boolean contains(String areaCode) {
        return areaCodes.contains(areaCode);
    }
}
