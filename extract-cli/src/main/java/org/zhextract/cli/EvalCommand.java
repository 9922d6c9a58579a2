package org.zhextract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhextract eval …}: benchmark and gold-file evaluations, one subcommand each. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the extractor on public benchmarks.",
        subcommands = {EvalNerCommand.class, EvalNerModelCommand.class, EvalTimeCommand.class,
                EvalQuantityCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation: see 'zhextract eval --help'");
    }
}
