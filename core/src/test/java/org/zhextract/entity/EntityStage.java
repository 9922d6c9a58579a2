package org.zhextract.entity;

import java.util.List;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.segment.Segmenter;
import org.zhextract.text.DocumentText;

/** One segmenter and recognizer for the entity tests (building them loads HanLP and the lists). */
final class EntityStage {

    static final EntityLexicon LEXICON = EntityLexicon.builtIn();
    static final Segmenter SEGMENTER = new Segmenter();
    static final EntityRecognizer RECOGNIZER = new EntityRecognizer(LEXICON);

    private EntityStage() {
    }

    static List<EntityMention> recognize(String text) {
        return recognize(RECOGNIZER, text);
    }

    static List<EntityMention> recognize(EntityRecognizer recognizer, String text) {
        DocumentText document = new DocumentText(text);
        List<Token> tokens = SEGMENTER.segment(document, List.of(new Sentence(0, document.length())));
        return recognizer.recognize(document, tokens);
    }
}
