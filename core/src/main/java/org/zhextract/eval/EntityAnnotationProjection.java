package org.zhextract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.Sentence;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

/**
 * Turns article-level entity annotations, in the news gold's form (one entry per entity: its type
 * and every string the article uses for it, {@code |} separating equivalent spellings, debatable
 * entities {@code optional}), into labelled sentences for training the NER model in this
 * project's conventions (ANNOTATION.md) rather than the benchmarks'.
 *
 * <p>The annotation names entities, not mentions, so the mentions are found again: every
 * occurrence of every surface in the article text, longest surfaces first, never overlapping an
 * earlier one. This is only right if the annotation lists every surface, which is what the
 * annotators were asked to do; a string it does not list is taught as "not a name". Hence:
 * <ul>
 *   <li>a sentence holding an optional entity's surface is left out (the annotator could not
 *       say whether it is a name, so neither label is safe);</li>
 *   <li>a surface given to two entities of different types is treated as optional, and so is an
 *       organization's name run into a post (美国国防部长);</li>
 *   <li>EVENT names are not a model type: their characters stay O and no shorter name is found
 *       inside them (北京冬奥会 holds no LOC 北京: only the outermost name counts);</li>
 *   <li>surfaces of one character are ignored (they would match inside ordinary words), and a
 *       surface that begins or ends with a Latin letter or digit must not run into another one
 *       (WHO is not found in WHOLE).</li>
 * </ul>
 * Sentences are cut as the entity stage cuts them before tagging ({@link SentenceSplitter}), so
 * the model is trained on the units it will see.
 */
public final class EntityAnnotationProjection {

    /** One annotated entity: its type as the gold writes it and its surfaces, alternatives split. */
    public record AnnotatedEntity(String type, List<String> surfaces, boolean optional) {

        public AnnotatedEntity {
            Objects.requireNonNull(type, "type");
            surfaces = List.copyOf(surfaces);
        }

        /** From the gold's {@code aliases} (and {@code name}), each split at {@code |}. */
        public static AnnotatedEntity of(String type, String name, List<String> aliases, boolean optional) {
            List<String> surfaces = new ArrayList<>();
            List<String> written = new ArrayList<>(aliases);
            if (name != null) {
                written.add(name);
            }
            for (String alias : written) {
                for (String alternative : alias.split("\\|")) {
                    String surface = alternative.strip();
                    if (!surface.isEmpty() && !surfaces.contains(surface)) {
                        surfaces.add(surface);
                    }
                }
            }
            return new AnnotatedEntity(type, surfaces, optional);
        }
    }

    /** The labelled sentences of one article and what was left out. */
    public record Projection(List<LabeledSentence> sentences, int sentencesLeftOut, List<String> surfacesNotFound) {

        public Projection {
            sentences = List.copyOf(sentences);
            surfacesNotFound = List.copyOf(surfacesNotFound);
        }
    }

    private static final String LEFT_OUT = "";

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Projects {@code entities} onto {@code text}, the article as the ingester gives it. */
    public Projection project(String text, List<AnnotatedEntity> entities) {
        Map<String, String> labelOf = labels(entities);
        List<String> surfaces = new ArrayList<>(labelOf.keySet());
        // longest first, then in a fixed order, so the result never depends on the annotation's order
        surfaces.sort(Comparator.comparingInt((String s) -> -s.codePointCount(0, s.length()))
                .thenComparing(Comparator.naturalOrder()));
        List<String> notFound = new ArrayList<>();
        for (String surface : surfaces) {
            if (text.indexOf(surface) < 0) {
                notFound.add(surface);
            }
        }
        DocumentText document = new DocumentText(text);
        List<LabeledSentence> kept = new ArrayList<>();
        int leftOut = 0;
        for (Sentence sentence : splitter.split(document)) {
            Optional<LabeledSentence> labelled = label(document.slice(sentence.start(), sentence.end()), surfaces, labelOf);
            if (labelled.isPresent()) {
                kept.add(labelled.get());
            } else {
                leftOut++;
            }
        }
        return new Projection(kept, leftOut, notFound);
    }

    /**
     * Surface → PER, LOC or ORG; "" for optional or ambiguous surfaces; null-free. EVENT and
     * unknown types map to "O".
     */
    private static Map<String, String> labels(List<AnnotatedEntity> entities) {
        Map<String, String> labelOf = new LinkedHashMap<>();
        for (AnnotatedEntity entity : entities) {
            String label = entity.optional() ? LEFT_OUT : NerCorpus.normalizeType(entity.type()).orElse("O");
            for (String surface : entity.surfaces()) {
                if (surface.codePointCount(0, surface.length()) < 2) {
                    continue;
                }
                String before = labelOf.get(surface);
                labelOf.put(surface, before == null || before.equals(label) ? label : LEFT_OUT);
            }
        }
        return labelOf;
    }

    private static Optional<LabeledSentence> label(String sentence, List<String> surfaces, Map<String, String> labelOf) {
        boolean[] taken = new boolean[sentence.length()];
        List<LabeledSentence.LabeledSpan> spans = new ArrayList<>();
        for (String surface : surfaces) {
            for (int at = sentence.indexOf(surface); at >= 0; at = sentence.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                if (isFree(taken, at, end) && standsAlone(sentence, at, end)) {
                    String label = labelOf.get(surface);
                    if (label.equals(LEFT_OUT) || label.equals("ORG") && isTitleAfterBody(sentence, end)) {
                        return Optional.empty();
                    }
                    java.util.Arrays.fill(taken, at, end, true);
                    if (!label.equals("O")) {
                        spans.add(new LabeledSentence.LabeledSpan(at, end, label));
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(LabeledSentence.LabeledSpan::start));
        return Optional.of(new LabeledSentence(sentence, spans));
    }

    /**
     * 美国国防部长 holds the body's name 美国国防部 but names a post: its ORG label would be wrong and
     * no annotation lists the place before it, so such a sentence is left out.
     */
    private static boolean isTitleAfterBody(String sentence, int end) {
        return end < sentence.length() && sentence.charAt(end) == '长';
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** A surface that starts or ends with a Latin letter or digit must not run into another one. */
    private static boolean standsAlone(String sentence, int start, int end) {
        return !(start > 0 && isLatin(sentence.charAt(start)) && isLatin(sentence.charAt(start - 1)))
                && !(end < sentence.length() && isLatin(sentence.charAt(end - 1)) && isLatin(sentence.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || (c >= '０' && c <= '９');
    }
}
