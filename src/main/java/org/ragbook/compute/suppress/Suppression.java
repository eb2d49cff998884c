package org.ragbook.compute.suppress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression as OHID and ONS disclosure guidance applies it. Primary: a count from 1
 * up to the threshold (exclusive) is not shown; a zero is shown, as Fingertips does, because it
 * reveals nothing about an individual. Secondary: where a group with a total has exactly one
 * primary-suppressed cell, the smallest other cell of the group is suppressed too, so that the
 * total minus the shown cells cannot give the hidden one back.
 */
public final class Suppression {

    private Suppression() {
    }

    public static Map<SuppressionKey, SuppressionReason> decide(List<Suppressible> cells, int threshold) {
        Map<SuppressionKey, SuppressionReason> decided = new LinkedHashMap<>();
        if (threshold <= 0) {
            return decided;
        }
        Map<String, List<Suppressible>> groups = new HashMap<>();
        for (Suppressible cell : cells) {
            if (isSmall(cell.count(), threshold)) {
                decided.put(cell.key(), SuppressionReason.PRIMARY);
            }
            if (cell.groupKey() != null && !cell.isTotal()) {
                groups.computeIfAbsent(cell.groupKey(), g -> new ArrayList<>()).add(cell);
            }
        }
        boolean hasTotal = cells.stream().anyMatch(Suppressible::isTotal);
        if (hasTotal) {
            groups.values().forEach(group -> suppressComplement(group, decided));
        }
        return decided;
    }

    private static boolean isSmall(Double count, int threshold) {
        return count != null && count > 0 && count < threshold;
    }

    private static void suppressComplement(List<Suppressible> group, Map<SuppressionKey, SuppressionReason> decided) {
        long hidden = group.stream().filter(c -> decided.containsKey(c.key())).count();
        if (hidden != 1) {
            return;
        }
        group.stream()
                .filter(c -> !decided.containsKey(c.key()) && c.count() != null && c.count() > 0)
                .min(Comparator.comparingDouble(Suppressible::count))
                .ifPresent(c -> decided.put(c.key(), SuppressionReason.SECONDARY));
    }
}
