package org.zhextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zhextract} command: subcommands do the work, this class only dispatches. */
@Command(name = "zhextract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extracts people, organizations, places, events, times, quantities and claims "
                + "from Chinese news as zhextract/1 JSON.",
        subcommands = {ExtractCommand.class, EvalCommand.class, TrainCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that capture its output. */
    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"zhextract " + p.getProperty("version", "unknown")
                    + " (schema zhextract/1, Java " + Runtime.version() + ")"};
        }
    }
}
