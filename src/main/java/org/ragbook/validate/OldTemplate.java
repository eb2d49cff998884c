package org.ragbook.validate;

import java.util.Optional;
import org.ragbook.read.ReturnTable;
import org.ragbook.read.TemplateStamp;
import org.ragbook.schema.ReturnSchema;

/**
 * A return made from an older template of its schema. It is still read (its columns are the long
 * layout's whatever the version), but the schema has changed since: an indicator added or renamed,
 * a period format or a dropdown changed. A stamp of another schema, or none, says nothing about this one.
 */
final class OldTemplate {

    private OldTemplate() {
    }

    static Optional<Finding> check(ReturnTable table, ReturnSchema schema) {
        TemplateStamp stamp = table.template();
        if (stamp == null || !stamp.schemaId().equals(schema.id()) || stamp.version() >= schema.version()) {
            return Optional.empty();
        }
        return Optional.of(Rule.OLD_TEMPLATE.fileWarning("This return was made from template version "
                + stamp.version() + " of the " + schema.id() + " schema; the current template is version "
                + schema.version() + ". Download a new template and copy your rows into it."));
    }
}
