package org.ragbook.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One of Fingertips' own look-up tables (ages, value notes), shipped as a resource under
 * {@code /fingertips/} whose comment lines name where each entry came from. The upload layout
 * writes ages and value notes as these ids; Ragbook shows them as Fingertips labels them.
 */
record FingertipsTable(String resource, Map<Integer, String> labels) {

    static final FingertipsTable AGES = load("ages.csv");
    static final FingertipsTable VALUE_NOTES = load("value-notes.csv");

    FingertipsTable {
        labels = Map.copyOf(labels);
    }

    Optional<String> label(int id) {
        return Optional.ofNullable(labels.get(id));
    }

    private static FingertipsTable load(String name) {
        String resource = "/fingertips/" + name;
        Map<Integer, String> labels = new HashMap<>();
        try (InputStream in = FingertipsTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                labels.put(Integer.parseInt(line.substring(0, comma).trim()), line.substring(comma + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FingertipsTable(resource, labels);
    }
}
