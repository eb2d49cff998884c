package org.ragbook.compute.rank;

import java.util.List;

/**
 * A named set of areas an area is ranked among, such as a county council and its CIPFA nearest
 * neighbours. {@code source} says where the list comes from, so that a ranking can say what it
 * ranks against. The first area is the one the group is for; the others are its neighbours.
 *
 * @param peers how a committee paper names the neighbours ("compared to CIPFA neighbours"), or
 *              null to use the group's name
 */
public record ComparatorGroup(String id, String name, String source, String peers, List<String> areaCodes) {

    public ComparatorGroup {
        areaCodes = List.copyOf(areaCodes);
    }

    /** The words after "compared to" in a rank's sentence. */
    public String peersName() {
        return peers == null ? name : peers;
    }

    public boolean contains(String areaCode) {
        return areaCodes.contains(areaCode);
    }
}
