package org.ragbook.schema;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in a schema writer's words what Jackson could not read: bad YAML, an unknown field, or a
 * list where one value belongs, each at its line and field path.
 */
final class YamlProblems {

    /** {@code target: >= 85}: YAML reads the {@code >} as the start of a folded block of text. */
    private static final Pattern UNQUOTED_COMPARISON = Pattern.compile(":\\s*[<>]");

    private YamlProblems() {
    }

    static SchemaException explain(String file, String yaml, JacksonException e) {
        Optional<JacksonYAMLParseException> syntax = syntaxError(e);
        if (syntax.isPresent()) {
            return notYaml(file, yaml, syntax.get());
        }
        int line = lineOf(e.getLocation());
        if (!(e instanceof JsonMappingException mapping)) {
            return SchemaException.at(file, line, "", firstLine(e.getOriginalMessage()));
        }
        String path = path(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return SchemaException.at(file, line, path, "not a known field; the fields here are "
                    + String.join(", ", sorted(unknown.getKnownPropertyIds())));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return SchemaException.at(file, line, path.isEmpty() ? "(top level)" : path,
                    "expected " + shape(mismatch.getTargetType()));
        }
        return SchemaException.at(file, line, path, firstLine(e.getOriginalMessage()));
    }

    private static Optional<JacksonYAMLParseException> syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonYAMLParseException syntax) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    private static SchemaException notYaml(String file, String yaml, JacksonYAMLParseException e) {
        int line = lineOf(e.getLocation());
        String problem = e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem()
                : firstLine(e.getOriginalMessage());
        boolean unquotedComparison = yaml.lines().skip(Math.max(0, line - 1)).findFirst()
                .filter(text -> UNQUOTED_COMPARISON.matcher(text).find()).isPresent();
        return SchemaException.at(file, line, "", "not valid YAML: " + problem + (unquotedComparison
                ? "; a value starting with > or < must be quoted, as in target: \">= 85\""
                : ""));
    }

    private static String shape(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (lines starting with -)";
        }
        return type == Scalar.class ? "a single value" : "a mapping (lines of field: value)";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<String> sorted(Collection<Object> names) {
        return names.stream().map(Object::toString).sorted().toList();
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message).trim();
    }
}
