package org.zhextract.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.zhextract.entity.EntityRecognizer;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.resolve.EntityResolver;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;

/**
 * The throughput bench behind {@code zhextract eval ner --throughput}: the same texts go through
 * raw HanLP role tagging (segmentation with every role recognizer on: person, transliterated
 * name, place, organization) and through the whole entity stage (its own segmentation, mention
 * rules and resolution), alternating one round each after a warm-up, single-threaded. Reports
 * the best round of each, in characters per CPU second of the running thread (so that other
 * processes on a busy machine do not skew the ratio), and their ratio.
 */
final class EntityThroughput {

    private final Segmenter roleTagger;
    private final Segmenter segmenter;
    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;

    EntityThroughput(Segmenter roleTagger, Segmenter segmenter, EntityRecognizer recognizer, EntityResolver resolver) {
        this.roleTagger = roleTagger;
        this.segmenter = segmenter;
        this.recognizer = recognizer;
        this.resolver = resolver;
    }

    void run(List<String> texts, int rounds, PrintWriter out) {
        long chars = texts.stream().mapToLong(String::length).sum();
        long sink = roleTagging(texts) + entityStage(texts);
        long bestRaw = Long.MAX_VALUE;
        long bestStage = Long.MAX_VALUE;
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long t0 = clock.getCurrentThreadCpuTime();
            sink += roleTagging(texts);
            long t1 = clock.getCurrentThreadCpuTime();
            sink += entityStage(texts);
            long t2 = clock.getCurrentThreadCpuTime();
            bestRaw = Math.min(bestRaw, t1 - t0);
            bestStage = Math.min(bestStage, t2 - t1);
        }
        double raw = chars / (bestRaw / 1e9);
        double stage = chars / (bestStage / 1e9);
        out.printf(Locale.ROOT, "texts %d, chars %d, rounds %d (best of each, thread CPU time; checksum %d)%n",
                texts.size(), chars,
                rounds, sink % 1000);
        out.printf(Locale.ROOT, "raw HanLP role tagging  %s%n", EvalNerCommand.rate(raw));
        out.printf(Locale.ROOT, "entity stage            %s%n", EvalNerCommand.rate(stage));
        out.printf(Locale.ROOT, "ratio (stage / raw)     %.3f%n", stage / raw);
    }

    private long roleTagging(List<String> texts) {
        long n = 0;
        for (String text : texts) {
            DocumentText document = new DocumentText(text);
            n += roleTagger.segment(document, List.of(new Sentence(0, document.length()))).size();
        }
        return n;
    }

    private long entityStage(List<String> texts) {
        long n = 0;
        for (String text : texts) {
            DocumentText document = new DocumentText(text);
            List<Token> tokens = segmenter.segment(document, List.of(new Sentence(0, document.length())));
            n += resolver.resolve(recognizer.recognize(document, tokens)).size();
        }
        return n;
    }
}
