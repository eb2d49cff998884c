package org.ragbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ragbook.schema.ReturnSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "schemas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the schemas returns can be read with: id, title and number of indicators.")
final class SchemasCommand implements Callable<Integer> {

    @ParentCommand
    private Main ragbook;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ReturnSchema> schemas = ragbook.schemas(spec).all();
        int idWidth = schemas.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        schemas.forEach(s -> out.printf("%-" + idWidth + "s  %s  (%d indicators)%n", s.id(), s.title(),
                s.indicators().size()));
        return Main.OK;
    }
}
