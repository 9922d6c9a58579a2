package org.zhextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.zhextract.eval.EntityAnnotationProjection;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.ingest.Ingester;
import org.zhextract.ner.CharClusters;
import org.zhextract.ner.NerModel;
import org.zhextract.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code zhextract train …}: builds the project's trained models, one subcommand each. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the project's models on your own data.",
        subcommands = {TrainCommand.Ner.class, TrainCommand.Clusters.class, TrainCommand.NewsSpans.class})
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

        @Option(names = "--lexicon-names", arity = "1..*", paramLabel = "FILE",
                description = "Labelled files whose names join the lexicon feature without being trained on; "
                        + "their sentences sharing 12 characters with a --dev sentence are left out.")
        List<Path> lexiconNames = new ArrayList<>();

        @Option(names = "--clusters", paramLabel = "FILE",
                description = "Also give the model these character classes (from 'zhextract train clusters') "
                        + "as features; the table is saved inside the model.")
        Path clusters;

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
            CharClusters classes = clusters == null ? null : CharClusters.read(clusters);
            List<LabeledSentence> names = withoutOverlap(readAll(lexiconNames), held.values());
            if (!lexiconNames.isEmpty()) {
                stdout.printf(Locale.ROOT, "%d sentences give lexicon names%n", names.size());
            }
            NerTrainer trainer = new NerTrainer(new NerTrainer.Options(epochs, seed, minCount, prune, !noLexicon), hints, classes, names);
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

        /** Sentences of {@code sentences} that share no 12-character window with any of {@code held}. */
        private static List<LabeledSentence> withoutOverlap(List<LabeledSentence> sentences,
                java.util.Collection<List<LabeledSentence>> held) {
            java.util.Set<String> windows = new java.util.HashSet<>();
            for (List<LabeledSentence> set : held) {
                for (LabeledSentence s : set) {
                    String text = java.text.Normalizer.normalize(s.text(), java.text.Normalizer.Form.NFKC);
                    for (int i = 0; i + OVERLAP <= text.length(); i++) {
                        windows.add(text.substring(i, i + OVERLAP));
                    }
                }
            }
            List<LabeledSentence> kept = new ArrayList<>();
            for (LabeledSentence s : sentences) {
                String text = java.text.Normalizer.normalize(s.text(), java.text.Normalizer.Form.NFKC);
                boolean overlaps = false;
                for (int i = 0; i + OVERLAP <= text.length() && !overlaps; i++) {
                    overlaps = windows.contains(text.substring(i, i + OVERLAP));
                }
                if (!overlaps) {
                    kept.add(s);
                }
            }
            return kept;
        }

        private static final int OVERLAP = 12;

        private static List<LabeledSentence> readAll(List<Path> files) throws IOException {
            List<LabeledSentence> all = new ArrayList<>();
            for (Path file : files) {
                all.addAll(NerCorpus.read(file));
            }
            return all;
        }
    }

    /** {@code zhextract train clusters --text PATH... --out FILE}: character classes for {@code train ner --clusters}. */
    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = "Learn character classes from unlabelled text (exchange clustering of character bigrams) "
                    + "for 'train ner --clusters'. Folders are read file by file in name order, markup between "
                    + "< and > left out; .jsonl, .bio and .bmes files are read as NER data (their text only). "
                    + "Same text and options give the same table.")
    static final class Clusters implements Callable<Integer> {

        private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--text", required = true, arity = "1..*", paramLabel = "PATH",
                description = "Files or folders of text (never the test sets).")
        List<Path> text;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the class table.")
        Path out;

        @Option(names = "--classes", paramLabel = "N", description = "Number of classes, at most 250 (default: ${DEFAULT-VALUE}).")
        int classes = 200;

        @Option(names = "--passes", paramLabel = "N", description = "Exchange passes (default: ${DEFAULT-VALUE}).")
        int passes = 8;

        @Option(names = "--min-count", paramLabel = "N",
                description = "Characters seen fewer times get no class (default: ${DEFAULT-VALUE}).")
        int minCount = 5;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            // the walk extract uses (name order, symbolic links followed, unreadable folders reported);
            // the counts do not depend on the order the files are read in
            List<String> problems = new ArrayList<>();
            List<InputFiles.Input> inputs = InputFiles.collect(text, problems);
            if (!problems.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                problems.forEach(err::println);
                err.flush();
                return 1; // the table would be learned from only part of the text asked for
            }
            CharClusters.Counts counts = new CharClusters.Counts();
            for (InputFiles.Input input : inputs) {
                Path file = input.file();
                String name = file.getFileName().toString();
                if (name.endsWith(".jsonl") || name.endsWith(".bio") || name.endsWith(".bmes")) {
                    for (LabeledSentence sentence : NerCorpus.read(file)) {
                        counts.add(sentence.text());
                    }
                } else {
                    for (String line : MARKUP.matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)).replaceAll("\n").split("\n")) {
                        counts.add(line);
                    }
                }
            }
            stdout.printf(Locale.ROOT, "read %d files%n", inputs.size());
            stdout.flush();
            CharClusters table = CharClusters.learn(counts, classes, passes, minCount, line -> {
                stdout.println(line);
                stdout.flush();
            });
            table.write(out);
            stdout.printf(Locale.ROOT, "wrote %s (%d characters in %d classes)%n", out, table.size(), table.count());
            return 0;
        }
    }
    /**
     * {@code zhextract train news-spans --annotations DIR... --corpus DIR --out FILE}: labelled
     * sentences for {@code train ner} from entity annotations of corpus articles, in this project's
     * conventions ({@link EntityAnnotationProjection}). The articles are read from the corpus
     * folder (never copied) through the pipeline's ingester, so the text is the one the model tags.
     */
    @Command(name = "news-spans", mixinStandardHelpOptions = true,
            description = "Turn entity annotations of corpus articles (JSON files with \"document\", a path under "
                    + "--corpus, and \"entities\" as in the news gold) into span JSON lines for 'train ner --train'. "
                    + "Files are read in name order; the same input gives the same bytes.")
    static final class NewsSpans implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--annotations", required = true, arity = "1..*", paramLabel = "DIR",
                description = "Folders of annotation files (*.json).")
        List<Path> annotations;

        @Option(names = "--corpus", required = true, paramLabel = "DIR",
                description = "The folder the annotations' document paths are relative to.")
        Path corpus;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the span JSON lines.")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ObjectMapper json = new ObjectMapper();
            Ingester ingester = new Ingester();
            EntityAnnotationProjection projection = new EntityAnnotationProjection();
            List<Path> files = new ArrayList<>();
            for (Path folder : annotations) {
                try (Stream<Path> listing = Files.list(folder)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
            int sentences = 0;
            int leftOut = 0;
            Map<String, Integer> spansByType = new TreeMap<>();
            int problems = 0;
            Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), ".news-spans", ".tmp");
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (Path file : files) {
                    JsonNode annotation = json.readTree(file.toFile());
                    Path article = corpus.resolve(annotation.path("document").asText());
                    if (!Files.isRegularFile(article)) {
                        err.println(file + ": no article " + article);
                        problems++;
                        continue;
                    }
                    List<EntityAnnotationProjection.AnnotatedEntity> entities = new ArrayList<>();
                    for (JsonNode entity : annotation.path("entities")) {
                        List<String> aliases = new ArrayList<>();
                        entity.path("aliases").forEach(alias -> aliases.add(alias.asText()));
                        entities.add(EntityAnnotationProjection.AnnotatedEntity.of(entity.path("type").asText(),
                                entity.path("name").asText(null), aliases, entity.path("optional").asBoolean(false)));
                    }
                    String text = ingester.read(Files.readAllBytes(article), article.toString()).text();
                    EntityAnnotationProjection.Projection projected = projection.project(text, entities);
                    for (String surface : projected.surfacesNotFound()) {
                        err.println(file.getFileName() + ": not in the ingested text: " + surface);
                    }
                    for (LabeledSentence sentence : projected.sentences()) {
                        ObjectNode line = json.createObjectNode();
                        line.put("text", sentence.text());
                        ArrayNode spans = line.putArray("spans");
                        for (LabeledSentence.LabeledSpan span : sentence.spans()) {
                            spans.addArray().add(span.start()).add(span.end()).add(span.type());
                            spansByType.merge(span.type(), 1, Integer::sum);
                        }
                        writer.write(json.writeValueAsString(line));
                        writer.write('\n');
                    }
                    sentences += projected.sentences().size();
                    leftOut += projected.sentencesLeftOut();
                }
            }
            Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            stdout.printf(Locale.ROOT, "%d annotation files, %d sentences written, %d left out (optional or ambiguous names), spans %s%n",
                    files.size() - problems, sentences, leftOut, spansByType);
            err.flush();
            return problems == 0 ? 0 : 1;
        }
    }
}
