package org.zhextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.zhextract.entity.AbbreviationSource;
import org.zhextract.entity.EntityLexicon;
import org.zhextract.entity.EntityMention;
import org.zhextract.entity.EntityRecognizer;
import org.zhextract.entity.MentionSource;
import org.zhextract.entity.ModelMentionSource;
import org.zhextract.eval.LabeledSentence;
import org.zhextract.eval.NerCorpus;
import org.zhextract.eval.SpanScore;
import org.zhextract.model.EntityType;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.resolve.EntityResolver;
import org.zhextract.segment.Pronunciation;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zhextract eval ner FILE...}: runs the entity stage on every sentence of NER benchmark
 * files (BIO, BMES or JSON lines, read by {@link NerCorpus}) and prints exact-span P/R/F1 per
 * type. PERSON counts as PER, LOC and ORG as themselves; EVENT mentions are left out, since the
 * benchmarks have no event type. With {@code --throughput} it instead times raw HanLP role
 * tagging against the whole entity stage on the same sentences and prints the ratio.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score entity mentions on NER benchmark files (span-level P/R/F1 per type).")
final class EvalNerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "BIO/BMES or JSON-lines NER files.")
    List<Path> files;

    @CommandLine.Mixin
    EntityOptions entityOptions = new EntityOptions();

    @Option(names = "--abbreviations",
            description = "Also tag one-character place abbreviations (中美 → 中, 美; 访华 → 华) as LOC, "
                    + "as the People's Daily and MSRA sets do, and keep the NER model's one-character "
                    + "names; zhextract's own conventions do not.")
    boolean abbreviations;

    @Option(names = "--place-bodies-as-places",
            description = "Read a place's government or police (中国政府, 北京警方) as the place alone, as the "
                    + "People's Daily and MSRA sets do; zhextract's own convention makes it an organization.")
    boolean placeBodiesAsPlaces;

    @Option(names = "--latin-glosses",
            description = "Also count each mention's Latin gloss in brackets (普赖斯（Ned Price）) as a span of the "
                    + "mention's type, as gold that lists every name's spellings as spans does (news-dev, made by "
                    + "train news-spans). The entity stage keeps the gloss with the mention, and the document output "
                    + "lists it among the entity's aliases, which the news gold's scorer matches; without this flag a "
                    + "sentence-level score counts every gloss as missed.")
    boolean latinGlosses;

    @Option(names = "--throughput",
            description = "Time raw HanLP role tagging and the entity stage (segmentation, mentions, resolution) "
                    + "on the same sentences instead of scoring.")
    boolean throughput;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write every sentence with a missed or spurious span to FILE as JSON lines "
                    + "(text, missed and spurious spans with their surface), to read what the score counts.")
    Path errors;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed rounds per contender with --throughput (after one warm-up round).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        EntityLexicon lexicon = placeBodiesAsPlaces
                ? entityOptions.lexicon().withPlaceBodiesAsPlaces()
                : entityOptions.lexicon();
        Segmenter segmenter = new Segmenter();
        List<MentionSource> sources = new ArrayList<>();
        entityOptions.model().ifPresent(model -> sources.add(new ModelMentionSource(model, abbreviations)));
        if (abbreviations) {
            sources.add(new AbbreviationSource());
        }
        EntityRecognizer recognizer = new EntityRecognizer(lexicon, sources);
        if (throughput) {
            List<String> texts = new ArrayList<>();
            for (Path file : files) {
                NerCorpus.read(file).forEach(s -> texts.add(s.text()));
            }
            new EntityThroughput(Segmenter.withAllRoles(), segmenter, recognizer, new EntityResolver(Pronunciation.hanLp(), lexicon))
                    .run(texts, rounds, out);
            out.flush();
            return 0;
        }
        SpanScore total = new SpanScore();
        try (SpanErrorLog errorLog = SpanErrorLog.toFileOrNone(errors)) {
            for (Path file : files) {
                SpanScore score = new SpanScore();
                List<LabeledSentence> sentences = NerCorpus.read(file);
                for (int i = 0; i < sentences.size(); i++) {
                    LabeledSentence sentence = sentences.get(i);
                    List<LabeledSentence.LabeledSpan> predicted = predict(segmenter, recognizer, sentence.text(), latinGlosses);
                    score.add(sentence.spans(), predicted);
                    total.add(sentence.spans(), predicted);
                    errorLog.record(file, i, sentence, predicted);
                }
                out.println("== " + file);
                out.println(score.report());
            }
        }
        if (files.size() > 1) {
            out.println("== all files");
            out.println(total.report());
        }
        out.flush();
        return 0;
    }

    static List<LabeledSentence.LabeledSpan> predict(Segmenter segmenter, EntityRecognizer recognizer, String text,
            boolean latinGlosses) {
        DocumentText document = new DocumentText(text);
        List<Token> tokens = segmenter.segment(document, List.of(new Sentence(0, document.length())));
        List<LabeledSentence.LabeledSpan> spans = new ArrayList<>();
        for (EntityMention m : recognizer.recognize(document, tokens)) {
            Optional<String> type = benchmarkType(m.type());
            if (type.isEmpty()) {
                continue;
            }
            int end = document.toCharIndex(m.mention().end());
            spans.add(new LabeledSentence.LabeledSpan(document.toCharIndex(m.mention().start()), end, type.get()));
            if (latinGlosses && m.latin().isPresent()) {
                // the gloss stands right after the name, past a bracket, a space or a slash (美联储/FED)
                int at = text.indexOf(m.latin().get(), end);
                if (at >= 0 && at - end <= MAX_GLOSS_DISTANCE) {
                    spans.add(new LabeledSentence.LabeledSpan(at, at + m.latin().get().length(), type.get()));
                }
            }
        }
        return spans;
    }

    /** How many characters (a bracket, spaces, a slash) may stand between a name and its Latin gloss. */
    private static final int MAX_GLOSS_DISTANCE = 3;

    static Optional<String> benchmarkType(EntityType type) {
        return switch (type) {
            case PERSON -> Optional.of("PER");
            case LOC -> Optional.of("LOC");
            case ORG -> Optional.of("ORG");
            case EVENT -> Optional.empty();
        };
    }

    /** Formats a rate for the report. */
    static String rate(double charsPerSecond) {
        return String.format(Locale.ROOT, "%,.0f chars/s", charsPerSecond);
    }
}
