package org.zhextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.eval.SpanScore;
import org.zhextract.ner.NerModel;
import org.zhextract.ner.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhextract eval ner-model FILE... [--model MODEL]}: the trained NER model alone, exact-span P/R/F1. */
@Command(name = "ner-model", mixinStandardHelpOptions = true,
        description = "Score the NER model alone (no rules, no HanLP) on labelled files: exact-span "
                + "precision, recall and F1 per type, one report per file.")
final class EvalNerModelCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Character BIO/BMES files, span JSON lines or CLUENER JSON lines.")
    List<Path> files;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model file (default: the shipped model).")
    Path model;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every sentence with a missed or spurious span to FILE as JSON lines.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        NerModel ner = model != null ? NerModel.load(model) : NerModel.bundled();
        SegmenterHints hints = ner.usesWordHints() ? new SegmenterHints() : null;
        try (SpanErrorLog errorLog = SpanErrorLog.toFileOrNone(errors)) {
            for (Path file : files) {
                List<LabeledSentence> sentences = NerCorpus.read(file);
                long started = System.nanoTime();
                // each sentence tagged once, for the score and the error log alike
                SpanScore score = new SpanScore();
                for (int i = 0; i < sentences.size(); i++) {
                    LabeledSentence sentence = sentences.get(i);
                    List<LabeledSentence.LabeledSpan> predicted = NerTrainer.predict(ner, sentence.text(), hints);
                    score.add(sentence.spans(), predicted);
                    errorLog.record(file, i, sentence, predicted);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "%s (%d sentences, %.1f s)%n", file, sentences.size(), seconds);
                out.print(score.report());
                out.println();
                out.println();
            }
        }
        return 0;
    }
}
