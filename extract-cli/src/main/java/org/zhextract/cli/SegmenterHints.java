package org.zhextract.cli;

import java.util.List;
import java.util.function.Function;
import org.zhextract.model.Sentence;
import org.zhextract.ner.WordHints;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;

/**
 * Word hints for the NER model from the segmenter the extractor uses (HanLP with its role
 * tags), one sentence at a time: what `train ner --word-hints` trains with and what the eval
 * commands give a model that reads hints. Thread-safe, as {@link Segmenter} is.
 */
final class SegmenterHints implements Function<String, int[]> {

    private final Segmenter segmenter = new Segmenter();

    @Override
    public int[] apply(String sentence) {
        DocumentText document = new DocumentText(sentence);
        return WordHints.of(document.length(), segmenter.segment(document, List.of(new Sentence(0, document.length()))), 0);
    }
}
