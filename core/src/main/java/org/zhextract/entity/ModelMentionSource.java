package org.zhextract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.ner.NerModel;
import org.zhextract.ner.NerSpan;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

/**
 * Candidates from the trained character-level NER model ({@link NerModel}), tagged sentence by
 * sentence as the model was trained, with origin {@code MODEL} (gap filling: see
 * {@link EntityRecognizer}). Only spans that fit this project's conventions are proposed: at
 * least two characters (one-character abbreviations such as 中 in 中俄 are not annotated),
 * Han characters and interpunct dots only (Latin names are the rules' job), and starting and
 * ending on word boundaries of the segmentation, which keeps the model from swallowing the next
 * word (张婷综合 → 张婷综, 普京周五 → 普京周). With {@code oneCharacterNames} one-character
 * spans are proposed too, for scoring against benchmarks whose conventions annotate them (the
 * People's Daily and MSRA sets: 中 and 美 in 中美关系, the surname in 老李); this project's do not.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelMentionSource implements MentionSource {

    private final NerModel model;
    private final int minimumLength;
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Proposes the model's names of two or more characters (this project's conventions). */
    public ModelMentionSource(NerModel model) {
        this(model, false);
    }

    /** @param oneCharacterNames whether to propose one-character names too (benchmark conventions) */
    public ModelMentionSource(NerModel model, boolean oneCharacterNames) {
        this.model = Objects.requireNonNull(model, "model");
        this.minimumLength = oneCharacterNames ? 1 : 2;
    }

    @Override
    public List<Candidate> find(DocumentText document, List<Token> tokens) {
        java.util.BitSet wordStarts = new java.util.BitSet();
        java.util.BitSet wordEnds = new java.util.BitSet();
        for (Token t : tokens) {
            wordStarts.set(t.start());
            wordEnds.set(t.end());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : splitter.split(document)) {
            String text = document.slice(sentence.start(), sentence.end());
            for (NerSpan span : model.tag(text)) {
                int start = sentence.start() + span.start();
                int end = sentence.start() + span.end();
                if (end - start >= minimumLength && wordStarts.get(start) && wordEnds.get(end)
                        && isHanName(document.slice(start, end))) {
                    candidates.add(Candidate.of(span.type(), start, end, Candidate.Origin.MODEL));
                }
            }
        }
        return candidates;
    }

    private static boolean isHanName(String surface) {
        return surface.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || NamePatternSource.isDot((char) cp));
    }
}
