package org.zhextract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.model.EntityType;
import org.zhextract.segment.CoreWords;

/**
 * Person names found by their shape rather than by role tagging:
 * <ul>
 *   <li>transliterated names joined by any of the five interpunct dots (尤里·乌沙科夫,
 *       内德‧普赖斯), read character by character because HanLP splits them (内/德/‧/普/赖斯);
 *       each part is a run of transliteration characters, cut at a title word on the left
 *       (助理尤里 → 尤里) and at word boundaries on both ends;</li>
 *   <li>a run of transliteration characters right after a title word (发言人普赖斯).</li>
 * </ul>
 */
final class NamePatternSource {

    /** U+00B7, U+2027, U+2022, U+30FB, U+FF0E: the dots ANNOTATION.md lists. */
    static final String DOTS = "\u00B7\u2027\u2022\u30FB\uFF0E";
    private static final int MAX_PART = 6;
    /** The longest middle name between two dots whose characters are no transliteration ones (邓肯 of 伊恩·邓肯·史密斯). */
    private static final int MIDDLE_PART = 4;
    /** How often the core dictionary must have seen a word, never as a name, to rule it out as a name after a title. */
    private static final int COMMON = 10;

    /** A byline on a line of its own: names joined by slashes, then the agencies in brackets ({@link #findBylineNames}). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{IsHan}{2,3}(?:[/／]\\p{IsHan}{2,3}){0,2})[（(]([^（()）\\n]{2,24})[）)][ \\t]*$");

    private final EntityLexicon lexicon;
    /** Words of closing credits (发稿, 审校, 编译): credit-words.txt. */
    private final List<String> creditWords;

    NamePatternSource(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        this.creditWords = List.copyOf(EntityLexicon.words("credit-words.txt"));
    }

    /** A hyphen or minus sign that joins the two parts of a double name (威默-施韦鲁伯格). */
    static boolean isHyphen(char c) {
        return c == '-' || c == '－' || c == '‐';
    }

    static boolean isDot(char c) {
        return DOTS.indexOf(c) >= 0;
    }

    /** Whether char {@code i} is one space (ASCII, no-break or ideographic), which some texts put beside a name's dot. */
    private static boolean isSpace(String text, int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\u3000');
    }

    /** {@code end} moved back over the dots a name ends with (伊万卡·), never past {@code start + 1}. */
    static int endBeforeDots(String text, int start, int end) {
        while (end > start + 1 && isDot(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    List<Candidate> find(TextView view) {
        List<Candidate> found = new ArrayList<>();
        findInterpunctNames(view, found);
        findNamesAfterTitles(view, found);
        findNamesBeforeDoctrines(view, found);
        findCreditNames(view, found);
        findBylineNames(view, found);
        findPhotoCreditNames(view, found);
        return found;
    }

    /**
     * A photo credit in brackets: what comes before the photographer, then a name of two or three characters, then
     * 拍摄, 摄影 or 摄 and the closing bracket: （美国之音锺辰芳拍摄）, （记者夏小华摄）, （资料照、夏小华拍摄）, （柳飞 摄）.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("[（(]([^（()）\\n]{0,24}?)(\\p{IsHan}{2,3}?) ?(?:拍摄|摄影|摄)[）)]");

    /** Words a photographer's name follows in a photo credit (记者夏小华摄, 资料照、夏小华拍摄). */
    private static final List<String> PHOTO_CREDIT_OPENERS = List.of("记者", "、", "/", "／", " ", "\u3000", "：", ":");

    /**
     * Photographers' names in photo credits ({@link #PHOTO_CREDIT}): the name opens with a surname and starts the
     * bracket, or follows a word of {@link #PHOTO_CREDIT_OPENERS} or a name of the gazetteer (美国之音, the outlet).
     * The credit's shape is the evidence: the model and the role tags miss names written with a rarer character
     * (锺辰芳: 锺 is Taiwanese 鍾 in simplified type, and HanLP tags it alone).
     */
    private void findPhotoCreditNames(TextView view, List<Candidate> found) {
        Matcher m = PHOTO_CREDIT.matcher(view.text);
        while (m.find()) {
            int open = m.start(1);
            int end = m.end(2);
            // a three-character name where its start is a credit's boundary, else the last two characters
            for (int start = m.start(2); start <= end - 2; start++) {
                String name = view.text.substring(start, end);
                if (lexicon.isSurname(name.substring(0, 1)) && !lexicon.isGeneric(name) && opensPhotoCredit(view, open, start)) {
                    found.add(view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN));
                    break;
                }
            }
        }
    }

    /** Whether a photographer's name may start at {@code start} of a photo credit whose text starts at {@code open}. */
    private boolean opensPhotoCredit(TextView view, int open, int start) {
        if (start == open || PHOTO_CREDIT_OPENERS.stream().anyMatch(w -> view.text.startsWith(w, start - w.length()) && start - w.length() >= open)) {
            return true;
        }
        for (int from = open; from < start - 1; from++) {
            int at = from;
            if (lexicon.gazetteer().longestAt(view.text, at).filter(g -> g.start() == at && g.end() == start).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NAME_SLASH = Pattern.compile("[/／]");

    /**
     * A line of its own holding one to three short names joined by slashes and then, in brackets, the agencies the
     * report draws on: 雨涵/苗子（德新社、路透社）, 李澄欣/张慈（综合报导）, 苗子（据法新社等）. The names are the
     * writers', pen names as often as not (苗子, 凝炼), which neither the surname rule of the credits nor the
     * taggers take; the line's shape is the evidence.
     */
    private void findBylineNames(TextView view, List<Candidate> found) {
        Matcher m = BYLINE.matcher(view.text);
        while (m.find()) {
            String sources = m.group(2);
            if (!sources.contains("社") && !sources.contains("综合报")) {
                continue; // 白宫（The White House）: a name and its gloss
            }
            int at = m.start(1);
            for (String name : NAME_SLASH.split(m.group(1))) {
                if (!lexicon.isGeneric(name)) {
                    found.add(view.candidate(EntityType.PERSON, at, at + name.length(), Candidate.Origin.PATTERN));
                }
                at += name.length() + 1;
            }
        }
    }

    /**
     * Names in closing credits (发稿 侯向明； 审校 林高丽, 编译/审校 孙茉莉/白云/王颖, （译者：陈昱婷/核稿：刘文瑜）):
     * a credit word that starts after no letter, more credit words joined by a slash, a colon or a space, then
     * names of a surname and one or two characters joined by / or 、, up to a semicolon, comma, closing bracket,
     * a space or the line's end. Every item must have that shape, or none is taken: the shape and the place of
     * the list are the evidence, since the model and the role tags miss given names such as 向明 (向 is a
     * function character) and names that are words (白云).
     */
    private void findCreditNames(TextView view, List<Candidate> found) {
        String text = view.text;
        for (String word : creditWords) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
                    continue; // 汇编译, 主编辑: inside another word
                }
                if (at > 0 && isSlash(text.charAt(at - 1)) && endsCreditWord(text, at - 1)) {
                    continue; // 审校 of 编译/审校: the chain was read from its first word
                }
                int j = afterCreditWords(text, at + word.length());
                int wordEnd = j;
                boolean colon = j < text.length() && (text.charAt(j) == '：' || text.charAt(j) == ':');
                if (colon) {
                    j++;
                }
                while (isSpace(text, j)) {
                    j++;
                }
                boolean slashLine = j == wordEnd && opensLine(text, at) && isSlash(text, j) && isLoneLineName(text, j + 1);
                if (slashLine) {
                    j++; // 译者/和风 alone on its line: the translator's credit closing a translated article
                } else if (j == wordEnd) {
                    continue; // 摄影师王某, 编辑部: a colon or a space must set the names apart
                }
                List<int[]> names = new ArrayList<>();
                boolean complete = false;
                while (j < text.length()) {
                    int end = j;
                    while (end < text.length() && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
                        end++;
                    }
                    if (!isCreditName(text.substring(j, end)) && !(colon && isPenName(text.substring(j, end))) && !slashLine) {
                        break;
                    }
                    names.add(new int[] {j, end});
                    if (end < text.length() && "/／、".indexOf(text.charAt(end)) >= 0) {
                        int next = end + 1;
                        if (creditWords.stream().anyMatch(w -> text.startsWith(w, next))) {
                            complete = true; // 译者：陈昱婷/核稿：刘文瑜: the next credit word ends these names
                            break;
                        }
                        j = next;
                        continue;
                    }
                    complete = end == text.length() || "；;，,）)】\n\r".indexOf(text.charAt(end)) >= 0 || isSpace(text, end);
                    break;
                }
                if (complete) {
                    for (int[] name : names) {
                        found.add(view.candidate(EntityType.PERSON, name[0], name[1], Candidate.Origin.PATTERN));
                    }
                }
            }
        }
    }

    private static boolean isSlash(String text, int i) {
        return i < text.length() && isSlash(text.charAt(i));
    }

    /** Whether char {@code at} starts a line (or the text). */
    private static boolean opensLine(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n';
    }

    /**
     * Whether the rest of the line from {@code at} is one name of two or three Han characters, no credit word, generic
     * word or common word: after a credit word and a slash at a line's start (译者/和风, 译者/偲言) the place is the evidence, so
     * pen names that are words or open with a function character (和风) are taken too.
     */
    private boolean isLoneLineName(String text, int at) {
        int end = at;
        while (end < text.length() && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN) {
            end++;
        }
        String name = text.substring(at, end);
        return (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r')
                && name.length() >= 2 && name.length() <= 3 && !creditWords.contains(name) && !lexicon.isGeneric(name)
                && !CoreWords.isCommonWord(name); // 编辑/本报, 编辑/记者: the paper or the trade, no one's name
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    /** Whether a credit word ends at char {@code at}. */
    private boolean endsCreditWord(String text, int at) {
        return creditWords.stream().anyMatch(w -> at >= w.length() && text.startsWith(w, at - w.length()));
    }

    /** Where the credit words joined by slashes after the first one end (编译/审校). */
    private int afterCreditWords(String text, int at) {
        while (at < text.length() && isSlash(text.charAt(at))) {
            int next = at + 1;
            Optional<String> word = creditWords.stream().filter(w -> text.startsWith(w, next)).findFirst();
            if (word.isEmpty()) {
                break;
            }
            at = next + word.get().length();
        }
        return at;
    }

    /** A surname (one or two characters) and one or two more, no credit word and no generic word. */
    private boolean isCreditName(String name) {
        if (name.length() < 2 || name.length() > 4 || creditWords.contains(name) || lexicon.isGeneric(name)) {
            return false;
        }
        boolean compound = name.length() >= 3 && lexicon.isSurname(name.substring(0, 2));
        return compound || name.length() <= 3 && lexicon.isSurname(name.substring(0, 1));
    }

    /**
     * Whether a name after a credit word and a colon may be an editor's pen name, which needs no surname (责编：嘉远,
     * 网编：瑞哲, 责编：梒青): two or three characters, none a function character, and no common word.
     */
    private boolean isPenName(String name) {
        return name.length() >= 2 && name.length() <= 3 && !creditWords.contains(name) && !lexicon.isGeneric(name)
                && name.chars().noneMatch(c -> lexicon.isFunctionChar((char) c)) && !CoreWords.isCommonWord(name);
    }

    /** Words for a person's teaching: the name before them is a person (邓小平理论, 马克思主义). */
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义", "学说");

    private void findNamesBeforeDoctrines(TextView view, List<Candidate> found) {
        for (int k = 0; k < view.tokens.size(); k++) {
            String word = view.tokens.get(k).text();
            if (view.pos(k).startsWith("nr") || word.length() < 4) {
                continue;
            }
            for (String doctrine : DOCTRINES) {
                if (word.endsWith(doctrine)) {
                    String name = word.substring(0, word.length() - doctrine.length());
                    boolean foreign = name.length() >= 2 && lexicon.isTransliteration(name);
                    if ((name.length() == 3 && RoleSource.isPlausibleChineseName(lexicon, name) || foreign)
                            && !CoreWords.isWordNeverPersonName(name)) { // not 法西斯 of 法西斯主义
                        found.add(view.candidate(EntityType.PERSON, view.start(k), view.start(k) + name.length(),
                                Candidate.Origin.PATTERN));
                    }
                }
            }
        }
    }

    private void findInterpunctNames(TextView view, List<Candidate> found) {
        String text = view.text;
        int i = 0;
        while (i < text.length()) {
            if (!isDot(text.charAt(i))) {
                i++;
                continue;
            }
            int start = leftPartStart(view, i);
            if (start < 0 && isSpace(text, i - 1)) {
                start = leftPartStart(view, i - 1); // 塞缪尔 ·阿利托: a space before the dot
                start = start >= 0 && i - 1 - start >= 2 ? start : -1;
            }
            if (start < 0) {
                i++;
                continue;
            }
            int end = i;
            int dot = i;
            while (dot < text.length() && isDot(text.charAt(dot))) {
                int partEnd = rightPartEnd(view, dot + 1, true);
                if (partEnd <= dot + 1) {
                    partEnd = afterInitial(view, dot + 1);
                }
                if (partEnd <= dot + 1) {
                    partEnd = middlePartEnd(view, dot + 1);
                }
                if (partEnd <= dot + 1 && isSpace(text, dot + 1)) {
                    partEnd = rightPartEnd(view, dot + 2, true); // 露丝·巴德· 金斯伯格: a space after the dot
                    partEnd = partEnd - (dot + 2) >= 2 ? partEnd : dot + 1;
                }
                if (partEnd <= dot + 1) {
                    break;
                }
                // a double family name joined by a hyphen (罗伯特·威默-施韦鲁伯格, 亚历山德里娅·奥卡西奥-科尔特斯)
                while (partEnd + 1 < text.length() && isHyphen(text.charAt(partEnd))
                        && hyphenPartEnd(view, partEnd + 1) > partEnd + 2) {
                    partEnd = hyphenPartEnd(view, partEnd + 1);
                }
                end = partEnd;
                dot = isSpace(text, partEnd) && partEnd + 1 < text.length() && isDot(text.charAt(partEnd + 1)) ? partEnd + 1 : partEnd;
            }
            if (end > i) {
                start = startFromGloss(view, start, i, end);
                found.add(view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN));
                i = end;
            } else {
                i++;
            }
        }
    }

    /**
     * A Latin gloss in brackets right after a name: its words, up to the closing bracket or a comma before a note. Letters
     * of any Latin alphabet, as EntityRecognizer's LATIN_GLOSS takes them (Pedro Sánchez, José Mujica).
     */
    private static final Pattern GLOSS_AFTER_NAME = Pattern.compile(
            "\\s?[（(]\\s*([\\p{Lu}&&\\p{IsLatin}][\\p{IsLatin}'’.\\-]*(?: +\\p{IsLatin}[\\p{IsLatin}'’.\\-]*){1,5})\\s*[）)，,]");
    /** The most characters a gloss may add to a dotted name's first part: a glued word gives one, one-character words two. */
    private static final int MAX_GLOSS_EXTENSION = 2;
    private static final Pattern SPACES = Pattern.compile(" +");

    /**
     * The start of a dotted name whose first part the Latin gloss after it shows to be longer (Carl Menger after 的卡/尔‧门格尔,
     * Reza Pahlavi after 礼/萨·巴列维): HanLP glued the part's first character to the word before it (的卡, 长达/伦, 人格/雷格),
     * or the part opens with characters that are no dotted-name characters (礼, 茱, 雪, 雅各). Only where the gloss has one word
     * for each part of the name, and by as many characters as the gloss's first word has syllables more than the part (at
     * most two): one-character words that are no function character and no character that never makes a given name
     * (given-name-stops.txt: 家 of 病毒学/家 戴维, David), or the last character of the word before, if that is a
     * transliteration character (all of that word if it is a name word of HanLP's); never the end of a title word (演员,
     * 国务卿).
     */
    private int startFromGloss(TextView view, int start, int firstDot, int end) {
        String text = view.text;
        Matcher gloss = GLOSS_AFTER_NAME.matcher(text).region(end, text.length());
        if (!gloss.lookingAt()) {
            return start;
        }
        String[] words = SPACES.split(gloss.group(1).trim());
        long parts = 1 + text.substring(start, end).chars().filter(c -> isDot((char) c)).count();
        if (words.length != parts) {
            return start;
        }
        int missing = Math.min(MAX_GLOSS_EXTENSION, syllables(words[0]) - (firstDot - start));
        int from = start;
        while (missing > 0 && from > 0) {
            char c = text.charAt(from - 1);
            int k = view.tokenAt(from - 1);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || lexicon.isFunctionChar(c) || k < 0
                    || lexicon.titlesBefore().longestEndingAt(text, from, Math.max(0, from - 6)).isPresent()) {
                break;
            }
            boolean oneCharacterWord = view.start(k) == from - 1 && view.end(k) == from && !lexicon.isGivenNameStop(c);
            boolean gluedToWordBefore = from == start && view.end(k) == from && lexicon.isTransliterationChar(c);
            if (gluedToWordBefore && view.pos(k).startsWith("nr")) {
                // name words of HanLP's before the part (阿尔/nrf 马兹/nr 别克·阿坦巴耶夫, Almazbek): all of them or nothing
                while (k >= 0 && view.end(k) == from && view.pos(k).startsWith("nr") && isDottedNameRun(text, view.start(k), from)) {
                    from = view.start(k);
                    k = view.tokenAt(from - 1);
                }
                return from;
            }
            if (!oneCharacterWord && !gluedToWordBefore) {
                break;
            }
            from--;
            missing--;
            if (!oneCharacterWord) {
                break; // the rest of the glued word is no name (的, 长 of 执行长)
            }
        }
        return from;
    }

    private boolean isDottedNameRun(String text, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!lexicon.isDottedNameChar(text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

    /**
     * A low count of the Chinese characters a Latin name transliterates to: one per vowel group (a final e after a
     * consonant is silent), one for a final consonant that is not n, m, r, w or gh (Carl 卡尔, Judith 茱蒂丝, Greg),
     * one for an opening consonant before l or r, or s before a consonant (Greg 格雷格, Scott 斯科特). Low rather than
     * exact: a name it overcounts would take in the character before it.
     */
    static int syllables(String word) {
        String w = NOT_LETTER.matcher(word.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() > 3 && w.endsWith("e") && !isVowel(w, w.length() - 2)) {
            w = w.substring(0, w.length() - 1); // Mike, George, Steve
        }
        int count = 0;
        for (int k = 0; k < w.length(); k++) {
            if (isVowel(w, k) && (k == 0 || !isVowel(w, k - 1))) {
                count++;
            }
        }
        int last = w.length() - 1;
        char end = w.charAt(last);
        boolean silentEnd = "nmrw".indexOf(end) >= 0 || w.endsWith("gh") || end == 'h' && !(w.endsWith("ch") || w.endsWith("sh")
                || w.endsWith("th") || w.endsWith("ph")) || w.endsWith("ng");
        if (!isVowel(w, last) && !silentEnd) {
            count++;
        }
        if (w.length() > 2 && !isVowel(w, 0) && !isVowel(w, 1) && ("lr".indexOf(w.charAt(1)) >= 0 && "bcdfgkpt".indexOf(w.charAt(0)) >= 0
                || w.charAt(0) == 's' && "cklmnpqtw".indexOf(w.charAt(1)) >= 0)) {
            count++;
        }
        return count;
    }

    private static boolean isVowel(String w, int k) {
        char c = w.charAt(k);
        return "aeiou".indexOf(c) >= 0 || c == 'y' && k > 0 || c > 127;
    }

    /**
     * End of the second family name after a hyphen (施韦鲁伯格 of 威默-施韦鲁伯格), or {@code from} where it is not
     * whole: a word must end it, and no name word of HanLP's may go on from there (埃斯特哈/齐更/nr: the name runs
     * into the next word, and where it ends is unknown).
     */
    private int hyphenPartEnd(TextView view, int from) {
        int end = rightPartEnd(view, from, true);
        int next = view.tokenStartingAt(end);
        boolean nameGoesOn = next >= 0 && view.pos(next).startsWith("nr");
        return end - from >= 2 && view.isWordEnd(end) && !nameGoesOn ? end : from;
    }

    /**
     * End of the name part after a Latin initial that stands between two dots (艾米·K·勒尔), or
     * {@code from} when there is no such initial or no name part after it.
     */
    private int afterInitial(TextView view, int from) {
        String text = view.text;
        if (from + 2 >= text.length() || text.charAt(from) < 'A' || text.charAt(from) > 'Z' || !isDot(text.charAt(from + 1))) {
            return from;
        }
        int end = rightPartEnd(view, from + 2, true);
        return end > from + 2 ? end : from;
    }

    /** Start of the name part ending right before the dot at {@code dot}, or -1. */
    /**
     * End of a middle name between two dots whose characters are no transliteration ones (伊恩·邓肯·史密斯: 邓/nz 肯/v),
     * or {@code from} when there is none: two to four Chinese characters up to the next dot, and a name
     * part after that dot. The dots on both sides show it is a name's part.
     */
    private int middlePartEnd(TextView view, int from) {
        String text = view.text;
        int end = from;
        while (end < text.length() && end - from <= MIDDLE_PART && Character.isIdeographic(text.charAt(end))) {
            end++;
        }
        if (end - from < 2 || end - from > MIDDLE_PART || end + 1 >= text.length() || !isDot(text.charAt(end))
                || rightPartEnd(view, end + 1, true) <= end + 1) {
            return from;
        }
        return end;
    }

    private int leftPartStart(TextView view, int dot) {
        String text = view.text;
        int start = dot;
        if (start > 0 && text.charAt(start - 1) == '士' && start - 1 > 0 && lexicon.isDottedNameChar(text.charAt(start - 2))) {
            start--; // 士 ends first names right before a dot (詹姆士·邦德, 路易士), elsewhere it is 博士, 女士, 人士
        }
        while (start > 0 && dot - start < MAX_PART && lexicon.isDottedNameChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == dot) {
            return -1;
        }
        // a title word inside the run ends where the name begins (助理尤里, 主管裘德)
        for (int p = dot - 1; p > start; p--) {
            if (lexicon.titlesBefore().longestEndingAt(text, p, Math.max(0, p - 6)).isPresent()) {
                start = p;
                break;
            }
        }
        if (!view.isWordStart(start) && view.pos(view.tokenAt(start)).startsWith("nr")) {
            start = view.start(view.tokenAt(start)); // 彼得 is one name word: take all of it
        }
        while (start < dot && !view.isWordStart(start)) {
            start++;
        }
        return start < dot ? start : -1;
    }

    /**
     * End of the name part starting at {@code from}, or {@code from} when there is none; a part
     * after a dot ({@code dotted}) may also hold the common characters of dotted-name-chars.txt.
     */
    private int rightPartEnd(TextView view, int from, boolean dotted) {
        String text = view.text;
        int end = from;
        while (end < text.length() && end - from < MAX_PART + 2
                && (dotted ? lexicon.isDottedNameChar(text.charAt(end)) : lexicon.isTransliterationChar(text.charAt(end)))) {
            int k = view.isWordStart(end) ? view.tokenAt(end) : -1;
            if (k >= 0 && view.pos(k).equals("t")) {
                break; // a time word after the name (彭斯/周二表示)
            }
            if (k >= 0 && k + 1 < view.tokens.size() && view.end(k) == end + 1 && view.pos(k).startsWith("r")
                    && view.start(k + 1) == end + 1 && (view.pos(k + 1).equals("t") || view.pos(k + 1).equals("qt"))) {
                break; // a pronoun opening a time word after the name (蓬佩奥/本周一, 麦康奈尔/本周: this week)
            }
            end++;
        }
        // a word that runs past the name is cut back, unless it only swallowed a function word (哈/斯在)
        while (end > from && !view.isWordEnd(end) && !lexicon.isFunctionChar(text.charAt(end))) {
            end--;
        }
        int k = dotted ? view.tokenStartingAt(from) : -1;
        if (k >= 0) {
            // a part HanLP reads as one transliterated name or place word although some of its characters are no
            // transliteration ones (乔治•华盛顿: 华盛顿/nsf; HanLP joins 乔治·华盛顿 only with the dot U+00B7)
            int wordEnd = view.end(k);
            if (wordEnd > end && wordEnd - from <= MAX_PART && (view.pos(k).equals("nsf") || view.pos(k).equals("nrf"))
                    && text.substring(from, wordEnd).chars().allMatch(Character::isIdeographic)
                    && lexicon.isDottedNameChar(text.charAt(wordEnd - 1))) { // not 亨特‧拜登都/nrf: 都 is an adverb
                end = wordEnd;
            }
        }
        return end;
    }

    private void findNamesAfterTitles(TextView view, List<Candidate> found) {
        String text = view.text;
        for (int k = 0; k < view.tokens.size(); k++) {
            int start = view.start(k);
            Optional<PhraseTrie.Match<String>> title = lexicon.titlesBefore().longestEndingAt(text, start, Math.max(0, start - 6));
            if (title.isEmpty() || !view.isWordStart(title.get().start())) {
                continue;
            }
            int end = listedPersonEnd(view, start, rightPartEnd(view, start, false));
            if (end == start && isLoneBoundMorpheme(view, k) && k + 1 < view.tokens.size() && view.pos(k + 1).startsWith("nr")) {
                // a name opening with a character that is no transliteration one, which HanLP left alone as a bound
                // morpheme before a word its role tags read as a name (党领熙/ng 尔在/nr, Scheer; not 主管资/ng 安/ag):
                // the transliteration characters after it finish the name
                int rest = rightPartEnd(view, start + 1, false);
                end = rest > start + 1 ? rest : start;
            }
            boolean loose = lexicon.isLooseTitle(title.get().value());
            if (end - start >= 2 && (end == text.length() || !isDot(text.charAt(end)))) {
                String name = text.substring(start, end);
                if ((!lexicon.isGeneric(name) || lexicon.isNameAfterTitle(name) && opensPredicate(view, end))
                        && !isOnePlainCommonWord(view, start, end)
                        && (!loose || readsAsName(view, start, end))) {
                    // 律师根本不合法: two transliteration characters, a word; 法官加班: 加班 is a verb
                    found.add(view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN));
                }
                continue;
            }
            int chinese = chineseNameEnd(view, start);
            if (chinese > start && (!loose || readsAsName(view, start, chinese))) {
                found.add(view.candidate(EntityType.PERSON, start, chinese, Candidate.Origin.PATTERN));
            }
        }
    }

    /**
     * Whether a verb (批评/vn too) or a punctuation mark (or the text's end) follows char {@code end}: a name's place (参议员萨斯批评,
     * 萨斯说), not a noun's (官员萨斯疫情期间: SARS's epidemic).
     */
    private static boolean opensPredicate(TextView view, int end) {
        int k = view.tokenStartingAt(end);
        return end >= view.text.length() || k >= 0 && (view.pos(k).startsWith("v") || view.pos(k).startsWith("w"));
    }

    private static final Pattern LATIN_GLOSS_OPENING = Pattern.compile("\\s?[（(]\\s*\\p{IsLatin}");

    /**
     * Whether the text from {@code start} to {@code end} reads as a name without the title before it: one word HanLP tags
     * a person's name (高管吴小平/nr), or one a Latin gloss follows. After a loose title (loose-title-words.txt: 高管)
     * nothing else is taken: 高管易主后, 高管万元奖金.
     */
    private static boolean readsAsName(TextView view, int start, int end) {
        int k = view.tokenStartingAt(start);
        return k >= 0 && view.end(k) == end && view.pos(k).startsWith("nr")
                || LATIN_GLOSS_OPENING.matcher(view.text).region(end, view.text.length()).lookingAt();
    }

    /** Whether token {@code k} is one Han character HanLP tags a bound morpheme (ng), which is no word on its own. */
    private static boolean isLoneBoundMorpheme(TextView view, int k) {
        return view.end(k) - view.start(k) == 1 && view.pos(k).equals("ng")
                && Character.UnicodeScript.of(view.text.charAt(view.start(k))) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether the text from {@code start} to {@code end} is one word the dictionary has only as a common word (加班, 考察;
     * not 瑞安, a place there and a transliterated name after a title).
     */
    private static boolean isOnePlainCommonWord(TextView view, int start, int end) {
        int k = view.tokenStartingAt(start);
        return k >= 0 && view.end(k) == end && CoreWords.isPlainCommonWord(view.tokens.get(k).text());
    }

    /**
     * The end of a listed person's name that starts at {@code start} and that the run of
     * transliteration characters ending at {@code end} goes past by one character or into the next
     * word (总统特朗普多番强调: 多 is a transliteration character, and HanLP reads 特朗普多/nrf 番),
     * else {@code end}. Listed persons are names that are never anything else.
     */
    int listedPersonEnd(TextView view, int start, int end) {
        return lexicon.gazetteer().longestAt(view.text, start)
                .filter(m -> m.value().entry().type().filter(t -> t == EntityType.PERSON).isPresent())
                .filter(m -> m.end() < end && (view.isWordStart(m.end()) || m.end() == end - 1))
                .map(PhraseTrie.Match::end)
                .orElse(end);
    }

    /** Parts of speech HanLP gives a given-name character on its own (罗豪/才, 严义/埙), as {@link RoleSource} completes names. */
    private static boolean isGivenNamePos(String pos) {
        return pos.startsWith("nr") || RoleSource.isLoneGivenNamePos(pos);
    }

    /**
     * End of a Chinese name (surname and one or two given-name characters) starting right after
     * a title (记者张平福报道, 主席罗豪才主持), or {@code start} when there is none: the name must
     * end where a word starts, hold no title or function word, and its first character must not
     * be a word of its own such as a preposition (主席和总理).
     */
    private int chineseNameEnd(TextView view, int start) {
        String text = view.text;
        int first = view.tokenAt(start);
        if (first < 0 || !lexicon.isSurname(text.substring(start, start + 1))) {
            return start;
        }
        String firstPos = view.pos(first);
        if (firstPos.startsWith("p") || firstPos.startsWith("c") || firstPos.startsWith("d") || firstPos.startsWith("v")
                || firstPos.startsWith("u") || firstPos.startsWith("r") || firstPos.startsWith("m") || firstPos.equals("t")
                || view.end(first) - start >= 2 && firstPos.startsWith("a")
                && CoreWords.isWordWithoutNameTag(view.tokens.get(first).text())
                || view.end(first) - start >= 2 && !firstPos.startsWith("nr")
                && CoreWords.isWordNeverPersonName(view.tokens.get(first).text())
                && CoreWords.frequency(view.tokens.get(first).text()) >= COMMON
                || view.end(first) - start >= 2 && lexicon.isGeneric(view.tokens.get(first).text())
                || view.end(first) - start >= 2 && CoreWords.isPlainCommonWord(view.tokens.get(first).text())
                || view.end(first) - start >= 3 && CoreWords.isPlainCommonWord(view.tokens.get(first).text(), 1)
                || view.end(first) - start >= 3 && !firstPos.startsWith("nr")
                && CoreWords.isPlainCommonWord(text.substring(start, start + 2))) {
            // 首长周五表示, 院长离奇/a 死亡, 总统权力: a time word, an adjective or a frequent common word after
            // the title (not 评论员石山, a rare place word and a pen name); a generic word (领导人高调对抗); a word
            // the dictionary holds only as a common word (总统公告, 作者简介: not names, and found once they spread),
            // of three characters even when seen once (议员公开信); a word of three characters HanLP tags no name that
            // opens with a common word (主席任期制/nz: 任期, a term of office)
            return start;
        }
        for (int length = 3; length >= 2; length--) {
            int end = start + length;
            if (end > text.length()) {
                continue;
            }
            // HanLP may glue the last given-name character to a function character after it (鄺俊宇/在: 宇在/nr)
            boolean gluedEnd = end < text.length() && lexicon.isFunctionChar(text.charAt(end))
                    && view.tokenAt(end) >= 0 && view.start(view.tokenAt(end)) == end - 1 && view.end(view.tokenAt(end)) == end + 1
                    && view.pos(view.tokenAt(end)).startsWith("nr"); // not 现在 of 张平现在
            if (!view.isWordStart(end) && end < text.length() && !gluedEnd) {
                continue;
            }
            if (length == 3 && view.end(first) == start + 2 && firstPos.startsWith("nr")
                    && !isGivenNamePos(view.pos(view.tokenAt(start + 2)))) {
                continue; // 副总理王毅/nr 谈/v: the name and a word of its own after it
            }
            boolean clean = true;
            for (int i = start + 1; i < end && clean; i++) {
                char c = text.charAt(i);
                int k = view.tokenAt(i);
                clean = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !lexicon.isFunctionChar(c)
                        && !view.pos(k).equals("nnt") && (view.end(k) <= end || gluedEnd);
            }
            if (clean && view.end(first) <= end
                    && !(length == 2 && lexicon.isGivenNameStop(text.charAt(start + 1)))) {
                return end;
            }
        }
        return start;
    }
}
