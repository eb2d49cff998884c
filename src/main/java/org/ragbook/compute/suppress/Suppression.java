package org.ragbook.compute.suppress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which counts of a return must not be shown, so that no one can learn about a handful of
 * identifiable people from it. Only the decision is made here; writing {@code *} in place of a
 * count and of every value worked out from it, with a note saying why, is the annotator's.
 *
 * <p>The rules are those of NHS Digital's disclosure control for Hospital Episode Statistics, the
 * source of many OHID Fingertips indicators ("Disclosure control methodology for HES and ECDS",
 * 2018: values between 1 and 5 were replaced with {@code *}, then "secondary suppression ...
 * checking that other values within the data cannot be used to recalculate the original small
 * numbers"; the 2018 revision widened the band to 1 to 7). The band's top is the schema's
 * {@code suppressBelow}: 6 gives HES's 1 to 5, 8 gives 1 to 7.
 *
 * <ul>
 *   <li><b>Primary</b>: a count from 1 up to, not including, the threshold. A zero is shown: the
 *       rule's band starts at 1, a zero tells nothing about any person, and hiding zeros would
 *       hide where nothing happened.</li>
 *   <li><b>Secondary</b>: in a group whose total is shown, if every hidden part of the group is
 *       hidden for being small, the smallest part still shown that is not zero is hidden too (the
 *       first in the list when counts tie). With one small part this stops the total giving it away
 *       by subtraction; with several it stops them being worked out from their sum (two parts of 1
 *       from a remainder of 2), and because the added part is at least the threshold, the hidden
 *       parts together are never a small number either. A zero is never the second cell: hiding it
 *       would leave the remainder as small as the first. When no such part is left, the total is
 *       hidden instead.</li>
 * </ul>
 *
 * A group is one level: parts and their total. A count that is also part of another sum (a
 * district within its county) is protected only within the group it is given.
 */
public final class Suppression {

    private Suppression() {
    }

    /**
     * The counts to hide and why; counts not in the map are shown. A threshold of 0 or 1 hides
     * nothing, as the schema's {@code suppressBelow: 0} means.
     *
     * @throws IllegalArgumentException when two cells share a key or a group has two totals
     */
    public static Map<SuppressionKey, SuppressionReason> decide(List<Suppressible> cells, int threshold) {
        requireDistinctKeys(cells);
        Map<SuppressionKey, SuppressionReason> decisions = new LinkedHashMap<>();
        for (Suppressible cell : cells) {
            if (isSmall(cell, threshold)) {
                decisions.put(cell.key(), SuppressionReason.PRIMARY);
            }
        }
        groups(cells).forEach((groupKey, group) -> protect(groupKey, group, decisions));
        return Collections.unmodifiableMap(decisions);
    }

    private static boolean isSmall(Suppressible cell, int threshold) {
        return cell.count() != null && cell.count() > 0 && cell.count() < threshold;
    }

    private static void protect(String groupKey, List<Suppressible> group, Map<SuppressionKey, SuppressionReason> decisions) {
        Optional<Suppressible> total = totalOf(groupKey, group);
        if (total.isEmpty() || total.get().count() == null || decisions.containsKey(total.get().key())) {
            return;
        }
        List<Suppressible> parts = group.stream().filter(c -> !c.isTotal() && c.count() != null).toList();
        List<Suppressible> hidden = parts.stream().filter(c -> decisions.containsKey(c.key())).toList();
        boolean onlySmallHidden = !hidden.isEmpty()
                && hidden.stream().allMatch(c -> decisions.get(c.key()) == SuppressionReason.PRIMARY);
        if (!onlySmallHidden) {
            return;
        }
        Optional<Suppressible> nextSmallest = parts.stream()
                .filter(c -> !decisions.containsKey(c.key()) && c.count() > 0)
                .min(Comparator.comparingDouble(Suppressible::count));
        decisions.put(nextSmallest.orElse(total.get()).key(), SuppressionReason.SECONDARY);
    }

    private static Optional<Suppressible> totalOf(String groupKey, List<Suppressible> group) {
        List<Suppressible> totals = group.stream().filter(Suppressible::isTotal).toList();
        if (totals.size() > 1) {
            throw new IllegalArgumentException("group '" + groupKey + "' has " + totals.size() + " totals: "
                    + totals.stream().map(Suppressible::key).toList());
        }
        return totals.stream().findFirst();
    }

    /** Cells by group, in the order the groups first appear, each group's cells in their own order. */
    private static Map<String, List<Suppressible>> groups(List<Suppressible> cells) {
        Map<String, List<Suppressible>> groups = new LinkedHashMap<>();
        for (Suppressible cell : cells) {
            if (cell.groupKey() != null) {
                groups.computeIfAbsent(cell.groupKey(), k -> new ArrayList<>()).add(cell);
            }
        }
        return groups;
    }

    private static void requireDistinctKeys(List<Suppressible> cells) {
        Set<SuppressionKey> seen = new HashSet<>();
        for (Suppressible cell : cells) {
            if (!seen.add(cell.key())) {
                throw new IllegalArgumentException("two cells share the key " + cell.key());
            }
        }
    }
}
