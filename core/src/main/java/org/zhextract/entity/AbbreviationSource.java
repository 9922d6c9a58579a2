package org.zhextract.entity;

import java.util.ArrayList;
import java.util.List;
import org.zhextract.model.EntityType;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * One-character place abbreviations as LOC mentions: pairs and triples of country
 * abbreviations (中美关系 → 中, 美; 印巴 → 印, 巴), an abbreviation after a verb of travel or
 * stance (访华, 驻华, 在京, 对俄) and before 方 (中方, 美方).
 *
 * <p>zhextract's own conventions (ANNOTATION.md) do not annotate these, so this source is not
 * part of the default recognizer; add it with
 * {@code new EntityRecognizer(lexicon, List.of(new AbbreviationSource()))} to follow benchmark
 * conventions that do (the People's Daily and MSRA NER sets). Stateless and thread-safe.
 */
public final class AbbreviationSource implements MentionSource {

    /** Country and place abbreviations that pair up: 中美, 日俄, 巴以, 青藏 is left out on purpose. */
    private static final String PAIRING = "中美俄乌英法德日韩朝印巴伊以叙阿欧澳加越菲泰葡墨";
    /** Abbreviations that follow a verb of travel or stance. */
    private static final String AFTER_VERB = PAIRING + "华京港台澳沪";
    private static final String VERBS = "访驻来在对赴抵离旅援返";

    @Override
    public List<Candidate> find(DocumentText document, List<Token> tokens) {
        TextView view = new TextView(document, tokens);
        String text = view.text;
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            int from = view.start(k);
            int to = view.end(k);
            String word = text.substring(from, to);
            if (word.length() >= 2 && word.length() <= 3 && word.chars().allMatch(c -> PAIRING.indexOf(c) >= 0)) {
                for (int i = from; i < to; i++) {
                    found.add(view.candidate(EntityType.LOC, i, i + 1, Candidate.Origin.PATTERN));
                }
            } else if (word.length() == 2 && VERBS.indexOf(word.charAt(0)) >= 0 && AFTER_VERB.indexOf(word.charAt(1)) >= 0) {
                found.add(view.candidate(EntityType.LOC, from + 1, to, Candidate.Origin.PATTERN));
            } else if (word.length() == 2 && word.charAt(1) == '方' && PAIRING.indexOf(word.charAt(0)) >= 0) {
                found.add(view.candidate(EntityType.LOC, from, from + 1, Candidate.Origin.PATTERN));
            }
        }
        return found;
    }
}
