package org.zhextract.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * Segments sentences with HanLP's Viterbi segmenter, with person, transliterated-name and place
 * recognition on, and returns tokens with code-point offsets into the document. HanLP's
 * organization recognition is off by default: it tags fragments such as 一场 and 快速发展 as
 * organizations and costs time, and the entity stage finds organizations by their suffixes
 * instead; {@link #withAllRoles()} turns it on (raw role tagging, the benchmark baseline).
 *
 * <p>Thread-safe: HanLP's {@link Segment} carries per-call configuration in mutable fields, so
 * each thread gets its own instance; the dictionaries behind them are shared and read-only.
 */
public final class Segmenter {

    /** Characters of a run-on sentence given to HanLP at once ({@link #pieceEnd}). */
    static final int LONGEST_PIECE = 1_000;

    private final ThreadLocal<Segment> segments;

    /** A segmenter with person and place roles, as the entity stage uses it. */
    public Segmenter() {
        this(false);
    }

    /** A segmenter with every HanLP role recognizer on, organizations included. */
    public static Segmenter withAllRoles() {
        return new Segmenter(true);
    }

    private Segmenter(boolean organizationRoles) {
        HanLpSetup.ensureConfigured();
        this.segments = ThreadLocal.withInitial(() -> newSegment(organizationRoles));
        // Load the dictionaries now, while building the extractor, not on the first document.
        segments.get().seg("初始化");
    }

    /** Tokens of every sentence, in text order; whitespace tokens are dropped. */
    public List<Token> segment(DocumentText document, List<Sentence> sentences) {
        List<Token> tokens = new ArrayList<>();
        Segment segment = segments.get();
        for (Sentence sentence : sentences) {
            int sentenceEnd = document.toCharIndex(sentence.end());
            for (int pieceStart = document.toCharIndex(sentence.start()); pieceStart < sentenceEnd; ) {
                int pieceEnd = pieceEnd(document.text(), pieceStart, sentenceEnd);
                addTokens(document, pieceStart, segment.seg(document.text().substring(pieceStart, pieceEnd)), tokens);
                pieceStart = pieceEnd;
            }
        }
        return tokens;
    }

    private static void addTokens(DocumentText document, int pieceStart, List<Term> terms, List<Token> tokens) {
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            if (term.word.isBlank()) {
                continue;
            }
            int from = pieceStart + term.offset;
            int to = from + term.word.length();
            String pos = term.nature == null ? "x" : term.nature.toString();
            if (k + 1 < terms.size() && endsWithRareNameCharacter(term, pos, terms.get(k + 1))) {
                to += terms.get(++k).word.length(); // 朱凯 + 廸
            }
            tokens.add(new Token(document.text().substring(from, to), document.toCodePoint(from), document.toCodePoint(to), pos));
        }
    }

    /**
     * Where the piece of a sentence starting at {@code start} ends: the sentence's end, or for a
     * run-on longer than {@link #LONGEST_PIECE} characters the last punctuation or space in the
     * second half of the piece (a hard cut if there is none). HanLP's place recognition costs time
     * quadratic in the length of what it is given (each hit counts its offset from the start): a
     * page of a million characters without a sentence end kept it busy for minutes. News
     * sentences are far shorter, so their segmentation does not change.
     */
    static int pieceEnd(String text, int start, int sentenceEnd) {
        if (sentenceEnd - start <= LONGEST_PIECE) {
            return sentenceEnd;
        }
        int limit = start + LONGEST_PIECE;
        for (int i = limit; i > start + LONGEST_PIECE / 2; i--) {
            char before = text.charAt(i - 1);
            if (Character.isWhitespace(before) || isPunctuation(before)) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * Whether {@code next} is a Han character HanLP does not know, glued to a two-character
     * person's name: HanLP tags such characters (廸 of 朱凯廸, common in Hong Kong names) as
     * punctuation, and its name roles stop before them. Traditional characters, which HanLP
     * lacks too, are left alone: in traditional text they are the next word.
     */
    private static boolean endsWithRareNameCharacter(Term name, String pos, Term next) {
        return pos.equals("nr") && name.word.length() == 2 && next.word.length() == 1
                && next.nature != null && next.nature.toString().equals("w")
                && Character.UnicodeScript.of(next.word.charAt(0)) == Character.UnicodeScript.HAN
                && next.offset == name.offset + name.word.length()
                && HanLP.convertToSimplifiedChinese(next.word).equals(next.word); // not 國 of traditional text (施以國安法)
    }

    private static Segment newSegment(boolean organizationRoles) {
        HanLpSetup.ensureConfigured();
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enableTranslatedNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(organizationRoles)
                .enableOffset(true);
    }
}
