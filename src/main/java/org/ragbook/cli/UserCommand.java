package org.ragbook.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.ragbook.config.RagbookConfig;
import org.ragbook.store.Database;
import org.ragbook.store.NewUser;
import org.ragbook.store.Role;
import org.ragbook.store.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Manages the service's users.", subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do: ragbook user add --org ORG --role ROLE NAME");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Adds a user to the service's database and prints their token, which is shown only now.",
                "Works while the service runs (the embedded database accepts a second process)."})
    static final class Add implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--org", required = true, paramLabel = "ORG", description = "The user's organisation.")
        private String organisation;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "submitter (sends and reads their organisation's returns), lead (reads every"
                        + " organisation's) or admin (everything, users included).")
        private String role;

        @Option(names = "--email", paramLabel = "ADDRESS",
                description = "An address the user may email returns from; compared without regard to case.")
        private String email;

        @Mixin
        private ServerSettings serverSettings;

        @Parameters(paramLabel = "NAME", description = "The user's name, unique in the service.")
        private String name;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--role must be submitter, lead or admin, not '" + role + "'."));
            RagbookConfig settings = serverSettings.load(System.getenv(), Map.of());
            try (Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), 1)) {
                NewUser added = new Users(database).add(name, organisation, parsed, email);
                spec.commandLine().getOut().println("Added " + parsed.label() + " '" + name + "' of " + organisation
                        + (email == null ? "" : " <" + added.user().email() + ">") + ". Their token, shown only now:");
                spec.commandLine().getOut().println(added.token());
            } catch (IllegalArgumentException taken) {
                throw new ParameterException(spec.commandLine(), taken.getMessage());
            }
            return Main.OK;
        }
    }
}
