package org.zhextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.ner.NerModel;
import org.zhextract.ner.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zhextract train …}: builds the project's trained models, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the project's models on your own data.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing model: see 'zhextract train --help'");
    }

    /** {@code zhextract train ner --train FILE... --dev FILE --out MODEL}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Train the character-level NER model (averaged perceptron, BIOES over PER/LOC/ORG). "
                    + "Reads character BIO/BMES files, span JSON lines or CLUENER JSON lines; prints the dev "
                    + "span F1 after each epoch. Same data and options give a byte-identical model.")
    static final class Ner implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--train", required = true, arity = "1..*", paramLabel = "FILE",
                description = "Training files, read in the order given.")
        List<Path> train;

        @Option(names = "--dev", arity = "0..*", paramLabel = "FILE",
                description = "Held-out files scored after every epoch (never the test sets).")
        List<Path> dev = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
        Path out;

        @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
        int epochs = NerTrainer.Options.defaults().epochs();

        @Option(names = "--seed", paramLabel = "N", description = "Shuffle seed (default: ${DEFAULT-VALUE}).")
        long seed = NerTrainer.Options.defaults().seed();

        @Option(names = "--min-count", paramLabel = "N",
                description = "Drop features seen fewer times in training (default: ${DEFAULT-VALUE}).")
        int minCount = NerTrainer.Options.defaults().minFeatureCount();

        @Option(names = "--prune", paramLabel = "N",
                description = "Drop averaged weights below N/16 in magnitude (default: ${DEFAULT-VALUE}).")
        int prune = NerTrainer.Options.defaults().pruneBelow();

        @Option(names = "--no-lexicon", description = "Leave out the lexicon feature built from the training data's names.")
        boolean noLexicon;

        @Option(names = "--word-hints",
                description = "Also give the model the segmenter's word boundaries and role tags (HanLP's "
                        + "name, place and organization recognition) as features; the model then reads "
                        + "them whenever it tags.")
        boolean wordHints;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            List<LabeledSentence> training = readAll(train);
            Map<String, List<LabeledSentence>> held = new LinkedHashMap<>();
            for (Path file : dev) {
                held.put(file.getFileName().toString(), NerCorpus.read(file));
            }
            SegmenterHints hints = wordHints ? new SegmenterHints() : null;
            NerTrainer trainer = new NerTrainer(new NerTrainer.Options(epochs, seed, minCount, prune, !noLexicon), hints);
            NerModel model = trainer.train(training, held, line -> {
                stdout.println(line);
                stdout.flush();
            });
            Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".ner-model", ".tmp");
            model.save(temporary);
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stdout.printf(Locale.ROOT, "wrote %s (%d bytes, %d features)%n", out, Files.size(out), model.featureCount());
            for (Map.Entry<String, List<LabeledSentence>> set : held.entrySet()) {
                stdout.println("dev " + set.getKey() + ":");
                stdout.print(NerTrainer.evaluate(model, set.getValue(), hints).report());
                stdout.println();
            }
            err.flush();
            return 0;
        }

        private static List<LabeledSentence> readAll(List<Path> files) throws IOException {
            List<LabeledSentence> all = new ArrayList<>();
            for (Path file : files) {
                all.addAll(NerCorpus.read(file));
            }
            return all;
        }
    }
}
