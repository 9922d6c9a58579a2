package org.zhextract.entity;

import org.zhextract.text.LatinLetters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhextract.model.Span;

/**
 * Candidates from the gazetteers and user dictionaries: longest match at each position, left to
 * right. Latin entries (BBC, AUKUS) must stand between non-letters; two-character Chinese
 * entries must line up with a word boundary on at least one side, so 一战 is not found inside
 * 统一战线, and must not start inside a numeral word (百度 of 千百/m 度).
 */
final class GazetteerSource {

    private final EntityLexicon lexicon;

    GazetteerSource(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> find(TextView view) {
        List<Candidate> found = new ArrayList<>();
        String text = view.text;
        for (int i = 0; i < text.length(); ) {
            Optional<PhraseTrie.Match<EntityLexicon.Surface>> match = lexicon.gazetteer().longestAt(text, i);
            if (match.isEmpty() || !fits(view, match.get().start(), match.get().end())) {
                i++;
                continue;
            }
            PhraseTrie.Match<EntityLexicon.Surface> m = match.get();
            LexiconEntry entry = m.value().entry();
            Candidate.Origin origin = m.value().user() ? Candidate.Origin.USER : Candidate.Origin.GAZETTEER;
            found.add(new Candidate(new Span(view.document.toCodePoint(m.start()), view.document.toCodePoint(m.end())),
                    entry.type(), origin, Optional.of(entry.name())));
            i = m.end();
        }
        return found;
    }

    private boolean fits(TextView view, int start, int end) {
        String text = view.text;
        if (LatinLetters.isLatinLetter(text.charAt(start)) || LatinLetters.isLatinLetter(text.charAt(end - 1))) {
            return (start == 0 || !LatinLetters.isLatinLetter(text.charAt(start - 1)))
                    && (end == text.length() || !LatinLetters.isLatinLetter(text.charAt(end)));
        }
        if (end - start <= 2 && startsLongerTransliteration(view, start, end)) {
            return false; // 西德/n 尼/b ‧韦伯: Sidney, not West Germany
        }
        if (end - start <= 2) {
            // not inside a numeral word either (千百/m 度: no 百度 in it)
            return view.isWordStart(start) || view.isWordEnd(end) && !view.pos(view.tokenAt(start)).startsWith("m");
        }
        return true;
    }

    /**
     * Whether a two-character transliterated entry (西德) runs on into a transliteration character
     * that HanLP left as a one-character word of no function (西德/n 尼/b: 西德尼, Sidney).
     */
    private boolean startsLongerTransliteration(TextView view, int start, int end) {
        int next = view.tokenStartingAt(end);
        if (next < 0 || view.end(next) != end + 1 || !lexicon.isTransliteration(view.text.substring(start, end))
                || !lexicon.isTransliterationChar(view.text.charAt(end))) {
            return false;
        }
        String pos = view.pos(next);
        return !(pos.startsWith("v") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u")
                || pos.startsWith("d") || pos.startsWith("f") || pos.startsWith("q") || pos.startsWith("w"));
    }
}
