package org.zhextract.entity;

import org.zhextract.text.LatinLetters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhextract.model.EntityType;
import org.zhextract.model.Sentence;
import org.zhextract.model.Token;
import org.zhextract.ner.NerModel;
import org.zhextract.ner.NerSpan;
import org.zhextract.ner.WordHints;
import org.zhextract.segment.CoreWords;
import org.zhextract.text.DocumentText;
import org.zhextract.text.SentenceSplitter;

/**
 * Candidates from the trained character-level NER model ({@link NerModel}), tagged sentence by
 * sentence as the model was trained, with origin {@code MODEL} (gap filling: see
 * {@link EntityRecognizer}). Only spans that fit this project's conventions are proposed: at
 * least two characters (one-character abbreviations such as 中 in 中俄 are not annotated),
 * Han characters and interpunct dots only (Latin names are the rules' job), and starting and
 * ending on word boundaries of the segmentation, which keeps the model from swallowing the next
 * word (张婷综合 → 张婷综, 普京周五 → 普京周), but for a name word of HanLP's that glued a function
 * word, a year or a count to the name (于曹丽/nr 萍, 向史丹/nr 福 大学, 1991年苏联/ns, 高雄之/nr 日).
 * With {@code oneCharacterNames} one-character spans are proposed too, for scoring against benchmarks whose conventions annotate them (the
 * People's Daily and MSRA sets: 中 and 美 in 中美关系, the surname in 老李); this project's do not.
 *
 * <p>Immutable and thread-safe.
 */
public final class ModelMentionSource implements MentionSource {

    /** One-character speech verbs that follow a speaker's name (赵宏讲, 李明说). */
    private static final String SPEECH_VERBS = "说讲称问答道";

    /** One-character conjunctions that are no surname (和 is one: 和万春). */
    private static final String NON_SURNAME_CONJUNCTIONS = "及与并或而";

    private final NerModel model;
    private final int minimumLength;
    /** Words that say where in or around a place (南部, 以北, 北麓, 南岸, 境内): position-words.txt. */
    private final Set<String> positionWords;
    /** Two-character compass points (西南): compass-words.txt. */
    private final Set<String> compassWords;
    /** Common words for kinds of land (山区, 丘陵, 区域): terrain-words.txt. */
    private final Set<String> terrainWords;
    /** Characters that are function words (于, 在; 於, which HanLP tags nz): function-chars.txt. */
    private final String functionChars;
    /** Role words of persons (总监, 发言人): title-words.txt. */
    private final Set<String> titleWords;
    /** Characters used to write transliterated foreign names: transliteration-chars.txt. */
    private final BitSet transliterationChars;
    /** Han nouns that make a Latin name before them a product, feature, exam or disease: latin-product-heads.txt. */
    private final Pattern latinProductHead;
    /** Latin common nouns and acronyms that are no names (ICU, LGBT, GDP): latin-common-words.txt. */
    private final Set<String> latinCommonWords;
    /** English titles and posts (Director, Senator): latin-title-words.txt. */
    private final Set<String> latinTitleWords;
    /** English title words that are also surnames (Judge, Speaker): latin-title-surnames.txt. */
    private final Set<String> latinTitleSurnames;
    /** Words that end organization names (org-suffixes.txt): a product head they continue is a body's name (技术有限公司). */
    private final PhraseTrie<String> orgSuffixes;
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Proposes the model's names of two or more characters (this project's conventions). */
    public ModelMentionSource(NerModel model) {
        this(model, false);
    }

    /** @param oneCharacterNames whether to propose one-character names too (benchmark conventions) */
    public ModelMentionSource(NerModel model, boolean oneCharacterNames) {
        this.model = Objects.requireNonNull(model, "model");
        this.minimumLength = oneCharacterNames ? 1 : 2;
        this.positionWords = Set.copyOf(EntityLexicon.words("position-words.txt"));
        this.compassWords = Set.copyOf(EntityLexicon.words("compass-words.txt"));
        this.terrainWords = Set.copyOf(EntityLexicon.words("terrain-words.txt"));
        this.titleWords = Set.copyOf(EntityLexicon.words("title-words.txt"));
        this.functionChars = String.join("", EntityLexicon.words("function-chars.txt"));
        this.transliterationChars = EntityLexicon.charSet("transliteration-chars.txt");
        this.latinProductHead = Pattern.compile(" ?(?:[、和及与或] ?[\\p{IsLatin}\\d][\\p{IsLatin}\\d .&'’-]*? ?)*(?:"
                + EntityLexicon.words("latin-product-heads.txt").stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")");
        this.orgSuffixes = PhraseTrie.forwards(EntityLexicon.asMap(EntityLexicon.words("org-suffixes.txt")));
        this.latinCommonWords = Set.copyOf(EntityLexicon.words("latin-common-words.txt"));
        this.latinTitleWords = Set.copyOf(EntityLexicon.words("latin-title-words.txt"));
        this.latinTitleSurnames = Set.copyOf(EntityLexicon.words("latin-title-surnames.txt"));
    }

    @Override
    public List<Candidate> find(DocumentText document, List<Token> tokens) {
        // token index by code-point offset of its start and of its end, -1 elsewhere
        int[] tokenStartingAt = new int[document.length() + 1];
        int[] tokenEndingAt = new int[document.length() + 1];
        int[] tokenCovering = new int[document.length() + 1];
        Arrays.fill(tokenStartingAt, -1);
        Arrays.fill(tokenEndingAt, -1);
        Arrays.fill(tokenCovering, -1);
        for (int k = 0; k < tokens.size(); k++) {
            tokenStartingAt[tokens.get(k).start()] = k;
            tokenEndingAt[tokens.get(k).end()] = k;
            Arrays.fill(tokenCovering, tokens.get(k).start(), tokens.get(k).end(), k);
        }
        List<Candidate> candidates = new ArrayList<>();
        int firstToken = 0;
        for (Sentence sentence : splitter.split(document)) {
            String text = withModelsDots(document.slice(sentence.start(), sentence.end()), sentence.start(), tokens, tokenEndingAt);
            int[] hints = null;
            if (model.usesWordHints()) {
                // tokens are in text order: skip those before the sentence, take those inside it
                while (firstToken < tokens.size() && tokens.get(firstToken).end() <= sentence.start()) {
                    firstToken++;
                }
                int endToken = firstToken;
                while (endToken < tokens.size() && tokens.get(endToken).start() < sentence.end()) {
                    endToken++;
                }
                hints = WordHints.of(sentence.end() - sentence.start(), tokens.subList(firstToken, endToken), sentence.start());
            }
            for (NerSpan span : withOrganizationsNamedAfterPersons(withPlacesWholeInOrganizations(model.tag(text, hints), sentence.start(),
                    tokens, tokenCovering), sentence.start(), tokens, tokenStartingAt)) {
                int first = tokenStartingAt[sentence.start() + span.start()];
                int last = tokenEndingAt[sentence.start() + span.end()];
                // A person's name may end inside a word: HanLP's name recognition glues the next
                // character or word to a name it does not know (拜登派/nrf "Biden sends", 尔女士/nr,
                // 斯捷帕/nr 申是前/nr), and the model, reading its words, still ends the name right
                // (on the People's Daily dev split 49 of 52 person spans ending inside a word were).
                int cutEnd = -1;
                if (last < 0 && first >= 0 && (span.type() == EntityType.PERSON || span.end() - span.start() >= 2)) {
                    int covering = tokenCovering[sentence.start() + span.end() - 1];
                    // a place or body only where it is the whole word but the glued character (威廉/nrf 王子和/nr: the
                    // model's 威廉王子 LOC runs a person into a title)
                    if (span.type() == EntityType.PERSON ? covering >= first && endsGluedName(tokens.get(covering), sentence.start() + span.end())
                            : covering == first && endsGluedTail(tokens.get(covering), sentence.start() + span.end())) {
                        last = covering;
                        cutEnd = sentence.start() + span.end();
                    }
                }
                int cutToken = cutEnd >= 0 ? last : -1;
                // A person's name may start inside a word too: HanLP's name recognition glues the word before it to
                // the name's first characters (于曹丽/nr 萍, 令卡姆/nr 佩特, 文中张/nr 艾薇), and the model still starts the
                // name right; the glued word is no name of its own.
                int cutStart = -1;
                if (first < 0 && span.type() == EntityType.PERSON && last >= 0) {
                    int covering = tokenCovering[sentence.start() + span.start()];
                    if (covering >= 0 && covering < last && startsGluedName(tokens.get(covering), sentence.start() + span.start())) {
                        first = covering;
                        cutStart = sentence.start() + span.start();
                    }
                }
                // A place or an organization may start inside a word too, the same way: HanLP glues a preposition, a
                // year or a count before it into one word (向史丹/nr 福/n 大学, 于东方/nr 语言/n 学院, 从高雄/ns,
                // 1991年苏联/ns, 多名潮州/ns, 原中金/nr 公司), and the model starts the name after it.
                if (first < 0 && span.type() != EntityType.PERSON && last >= 0 && span.end() - span.start() >= 2
                        && functionChars.indexOf(text.charAt(span.start())) < 0 // not the model's 是州公安局 of 都是州/nr
                        && text.substring(span.start(), span.end()).indexOf('的') < 0 // not 乐富的街站 of 于乐富/nr 的 街站
                        && !compassWords.contains(text.substring(span.start(), span.end()))) { // not 向西北/ns: a direction
                    int covering = tokenCovering[sentence.start() + span.start()];
                    if (covering >= 0 && covering <= last && isGluedLead(tokens.get(covering), sentence.start() + span.start(), span.type())) {
                        first = covering;
                        cutStart = sentence.start() + span.start();
                    }
                }
                int cutStartToken = cutStart >= 0 ? first : -1;
                if (first < 0 || last < 0) {
                    continue; // not on word boundaries
                }
                // A Latin gloss in brackets is no part of the name (伊姆兰•汗(Imran Khan), which the
                // model tags whole when it reads word hints): the name ends before the bracket. Han
                // text in brackets may be part of it (捷安特（中国）有限公司): such spans stay out.
                for (int k = first + 1; k <= last; k++) {
                    if ((tokens.get(k).text().equals("(") || tokens.get(k).text().equals("（")) && k + 1 < tokens.size()
                            && tokens.get(k + 1).pos().equals("nx")) {
                        last = k - 1;
                        break;
                    }
                }
                // The model sometimes runs a measure word or a verb into the name (150个足球协会,
                // 请武汉市协助, 关闭孔子学院, 赵宏讲): cut them off. Only where that cannot cut a
                // person's name, which HanLP often splits into pieces with any tag (拉/v 特纳亚克,
                // 张/q 孝华, 阿巴/nr 查/v): a measure word right after a number, a verb before a
                // proper noun in a place or organization, a speech verb after a person's name.
                if (first < last && tokens.get(first).pos().startsWith("q") && first > 0
                        && tokens.get(first - 1).pos().startsWith("m")) {
                    first++;
                }
                if (span.type() != EntityType.PERSON && first < last && (isProperNoun(tokens.get(first + 1).pos())
                        && (tokens.get(first).pos().equals("v") || (tokens.get(first).pos().equals("vn") || tokens.get(first).pos().equals("n"))
                        && CoreWords.isMostlyVerb(tokens.get(first).text()))
                        || tokens.get(first + 1).pos().equals("nz") && tokens.get(first).pos().equals("v")
                        && tokens.get(first).text().length() == 1)
                        && !opensTransliteratedName(tokens.get(first), tokens.get(first + 1))) {
                    first++; // 请/v 武汉市, 评价/vn 蔡英文政府, 遭/v 西关/nz 派出所
                }
                // A clause run into an organization (美国/nsf 调查/vn 华为/nt 公司): after a subject, a verb of two
                // characters and then a proper noun: the organization starts at the proper noun. Only before one, so
                // 国家/安全/管理/局 and 国际/特赦/组织 keep their words, and only in a span that ends in an institution
                // word (not 俄亥俄州立大学/研究/中国/文学/n, a clause the model took whole: 中国文学 is no body).
                if (span.type() == EntityType.ORG && (tokens.get(last).pos().equals("nis") || tokens.get(last).pos().startsWith("nt"))) {
                    for (int k = last - 1; k > first; k--) {
                        Token verb = tokens.get(k);
                        if (verb.text().length() >= 2 && (verb.pos().equals("v") || verb.pos().equals("vn"))
                                && CoreWords.isMostlyVerb(verb.text()) && isProperNoun(tokens.get(k + 1).pos())) {
                            first = k + 1;
                            break;
                        }
                    }
                }
                if (span.type() == EntityType.PERSON && first < last && isSpeechVerb(tokens.get(last))
                        && tokens.get(last - 1).pos().startsWith("nr")) {
                    last--;
                }
                // With word hints the model follows HanLP's word boundaries, and so takes a
                // function word next to a person's name into it: 及/cc 胡庆祥, 秦桧/nr 跟/p. A
                // conjunction that is no surname goes at the start (not 和: 和万春); a one-character preposition,
                // conjunction or adverb that HanLP's name dictionary seldom saw as a given-name
                // character goes at the end (陈希/nr 同/p stays: 同 ends many names, 陈希同).
                if (span.type() == EntityType.PERSON && first < last && tokens.get(first).pos().startsWith("c")
                        && tokens.get(first).text().length() == 1 && NON_SURNAME_CONJUNCTIONS.indexOf(tokens.get(first).text().charAt(0)) >= 0
                        && tokens.get(first + 1).pos().startsWith("nr")) {
                    first++;
                }
                if (span.type() == EntityType.PERSON && first < last && isFunctionWordEndingNoName(tokens.get(last))
                        && tokens.get(last - 1).pos().startsWith("nr")) {
                    last--;
                }
                // Places and organizations: the model (above all with word hints, which follow HanLP's
                // words) runs a place into the words around it. A preposition, conjunction or numeral
                // before a proper noun is no part of it (于/p 港岛/ns, 及/cc 寿县/ns, 二/m 安徽省/ns, 八/m 处/n 黄州区/ns);
                // a word that says where in or around the place ends it (长江/ns 以南/f, 大别山区/ns 北麓/f,
                // 华盛顿州/nsf 东部/f); inside a place such a word ends it too (贵池区/ns 南部/f 九华山/nz 脉/ng),
                // but not inside an organization (美国/nsf 中部/f 司令部/nnt). A place that starts with one is
                // a direction and a common word (北侧/f 山地/n) unless a proper noun follows (南部/f 非洲/nsf).
                if (span.type() != EntityType.PERSON && first < last) {
                    Token lead = tokens.get(first);
                    if (lead.text().length() == 1 && (lead.pos().startsWith("p") || lead.pos().startsWith("c")
                            || functionChars.indexOf(lead.text().charAt(0)) >= 0) // 由於/nz 香港电台
                            && isNameWord(tokens.get(first + 1).pos())) {
                        first++;
                    } else if (lead.pos().equals("m") && isNumeral(lead.text())) {
                        if (isNameWord(tokens.get(first + 1).pos())) {
                            first++;
                        } else if (first + 2 <= last && tokens.get(first + 1).text().length() == 1
                                && isNameWord(tokens.get(first + 2).pos())) {
                            first += 2;
                        }
                    }
                    if (span.type() == EntityType.LOC && first < last) {
                        // (西岸/s 村/n and 南岸/s 区/n are names: a one-character place word makes them so)
                        if (isPositionWord(tokens.get(first)) && tokens.get(first).text().length() > 1
                                && tokens.get(first + 1).text().length() > 1) {
                            if (!isNameWord(tokens.get(first + 1).pos())) {
                                continue;
                            }
                            first++;
                        }
                        for (int k = first + 1; k < last; k++) {
                            if (isPositionWord(tokens.get(k)) && tokens.get(k).text().length() > 1) {
                                last = k - 1;
                                break;
                            }
                        }
                    }
                    while (first < last && (isPositionWord(tokens.get(last)) || isCountOfPlaces(tokens.get(last).text()))) {
                        last--; // 长江/ns 以南/f; 潜山/ns 二县/ns (潜山 is one of two counties)
                    }
                    // A kind of land with no name in it (低/a 山/n 丘陵/n 区域/n) is no place name; one
                    // with a proper noun is (皖南/ns 丘陵/n, 秦岭/ns 山脉/n).
                    if (span.type() == EntityType.LOC && terrainWords.contains(tokens.get(last).text())
                            && tokens.subList(first, last + 1).stream().allMatch(this::isCommonLandWord)) {
                        continue;
                    }
                }
                if (span.type() == EntityType.LOC && first == last && RoleSource.isCompassAfterPlace(tokens, first, compassWords)) {
                    continue; // 台湾/ns 西南/ns 防空识别区: where around Taiwan, no place of its own
                }
                // Organizations: the model runs two bodies joined by 与/和 into one (亚洲/ns 航空/n 与/cc 中国/ns 国有/vn
                // 金融公司/nis) and a person's title into the body the person works for (香港大学民意研究计划/总监/nnt). A
                // connector right before a place, after a body of two or more words, ends the first body (not 战略/与/国际
                // 研究中心, where no place follows, nor 中国/与/东盟…, one word before it); a title word ends none.
                if (span.type() == EntityType.ORG && first < last) {
                    for (int k = first + 2; k < last; k++) {
                        Token connector = tokens.get(k);
                        if ((connector.text().equals("与") || connector.text().equals("和")) && connector.pos().startsWith("c")
                                && tokens.get(k + 1).pos().startsWith("ns")) {
                            last = k - 1;
                            break;
                        }
                    }
                    if (first < last && titleWords.contains(tokens.get(last).text())) {
                        last--;
                    }
                }
                // A transliterated name whose last part is one character that HanLP does not tag as
                // a name (伊姆兰/nr •/w 汗/n (Imran Khan)): the model, reading the hints, stops at the
                // dot; the name goes on to the next punctuation or Latin gloss.
                if (span.type() == EntityType.PERSON && first < last && isDotToken(tokens.get(last))
                        && continuesOverDot(tokens, last - 1)) {
                    last++;
                } else if (span.type() == EntityType.PERSON && continuesOverDot(tokens, last)) {
                    last += 2;
                }
                // HanLP's place recognition sometimes glues a preposition or conjunction to a
                // dictionary place (于港岛/ns, 比泰山/ns), and a model reading its words follows it.
                int glued = span.type() != EntityType.PERSON && isGluedPlace(tokens.get(first)) ? 1 : 0;
                // A model that reads word hints takes such a glued place as one word and runs it into the
                // place after it (于港岛/ns 铜锣湾/nz → 港岛铜锣湾), where it otherwise keeps two places
                // apart (安徽省/ns 铜陵市/ns): the glued place is a place of its own, and the rest another.
                if (glued == 1 && span.type() == EntityType.LOC && first < last && isNameWord(tokens.get(first + 1).pos())) {
                    candidates.add(Candidate.of(span.type(), tokens.get(first).start() + 1, tokens.get(first).end(), Candidate.Origin.MODEL));
                    first++;
                    glued = 0;
                }
                int start = first == cutStartToken ? cutStart : tokens.get(first).start() + glued;
                int end = last == cutToken ? cutEnd : tokens.get(last).end();
                if (span.type() == EntityType.ORG && end - start > 2 && tokens.get(last).text().endsWith("党籍")) {
                    end--; // 国民/n 党籍/n (立委): a party's membership, the party is 国民党
                }
                while (end > start + 1 && NamePatternSource.isDot(document.slice(end - 1, end).charAt(0))) {
                    end--; // 艾米·/nrf K·勒尔: no dot at the end of a name
                }
                if (first == last && span.type() != EntityType.PERSON && positionWords.contains(tokens.get(first).text())) {
                    continue; // a position word alone (两岸/n, 境内/s)
                }
                if (first == last && !canBeName(tokens.get(first).pos())) {
                    continue; // a lone direction word, adjective or intransitive verb (东南部, 死亡)
                }
                if (end - start >= minimumLength && (isHanName(document.slice(start, end))
                        || span.type() == EntityType.ORG && HAN_NAME_WITH_NUMBER.matcher(document.slice(start, end)).matches()
                        || span.type() != EntityType.LOC && isWholeLatinName(document, start, end))) {
                    candidates.add(Candidate.of(span.type(), start, end, Candidate.Origin.MODEL));
                }
            }
        }
        return withoutLatinProductsAndLoneWords(document, candidates);
    }

    /**
     * The text with each full-width dot (U+FF0E) or katakana middle dot (U+30FB) between two Han characters written as
     * the middle dot U+00B7, one character for one: the model learned transliterated names joined by the dots its
     * training text has, and found no 艾咪．古柏, 克里斯汀．古柏 nor 索菲・理查森 whole, though ANNOTATION.md lists these
     * dots too. Spans keep their offsets, and the candidates their surface as written. Not after a word that is no
     * first name: such a dot is a period or a section mark (贺聪志/nr ．静寞夕阳 in a reference list, 四/m ．江泽民, 清/tg
     * ．嘉庆朝, 真/a ・莎, 诗经/n ．大雅). {@code offset} is the text's start in the document, in code points as the
     * tokens count.
     */
    static String withModelsDots(String text, int offset, List<Token> tokens, int[] tokenEndingAt) {
        char[] chars = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\uFF0E' || c == '\u30FB') && isHan(text.codePointBefore(i)) && isHan(text.codePointAt(i + 1))
                    && mayEndFirstName(tokens, tokenEndingAt[offset + text.codePointCount(0, i)])) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '\u00B7';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Whether the word before a dot may end a transliterated first name: a name piece (丹尼尔/nrf, 克里斯/nrf 汀/ng, 艾/nz
     * 咪/n), not a Chinese person's name (nr), a number, a time, an adjective or a common noun of two characters.
     */
    private static boolean mayEndFirstName(List<Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return !(pos.equals("nr") || pos.startsWith("m") || pos.startsWith("t") || pos.startsWith("a")
                || pos.equals("n") && tokens.get(k).text().length() > 1);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * The candidates without the model's Latin names that are products, features, exams or diseases (a product head
     * follows the name somewhere in the document: AEB功能, Phantom、Mavic和Spark无人机), common nouns (ICU, LGBT),
     * posts (Director of National Intelligence, Rear Admiral) or court cases (Obergefell v. Hodges), and without its
     * Latin persons in quotation marks (“Stop Patriarchy”, a slogan) or a one-word Latin person that no multi-word
     * Latin person of the document contains: a tagger trained on Chinese text types a lone Latin word a person as
     * readily when it is a company or a platform (Quibi, Gucci, Autel) as when it is one (Jim). A person with an
     * English title before the name (Senator John Cornyn, President Biden) is cut to the name.
     */
    private List<Candidate> withoutLatinProductsAndLoneWords(DocumentText document, List<Candidate> candidates) {
        String text = document.text();
        List<Candidate> named = new ArrayList<>(candidates.size());
        Set<Candidate> titled = new HashSet<>();
        for (Candidate c : candidates) {
            String surface = document.slice(c.span());
            if (isHanName(surface)) {
                named.add(c);
                continue;
            }
            int nameStart = titleWordsLength(surface);
            if (nameStart == 0) {
                named.add(c);
            } else if (c.hasType(EntityType.PERSON) && isCapitalisedName(surface.substring(nameStart))) {
                Candidate name = c.withSpan(c.span().start() + nameStart, c.span().end());
                named.add(name);
                titled.add(name);
            } // else a post: title words alone or with "of …" (Director of National Intelligence), or a body's name
        }
        Set<String> personWords = new HashSet<>();
        for (Candidate c : named) {
            String surface = document.slice(c.span());
            if (c.hasType(EntityType.PERSON) && !isHanName(surface) && surface.contains(" ")) {
                personWords.addAll(Arrays.asList(surface.split(" ")));
            }
        }
        Map<String, Boolean> products = new HashMap<>();
        List<Candidate> kept = new ArrayList<>(named.size());
        for (Candidate c : named) {
            String surface = document.slice(c.span());
            if (isHanName(surface)) {
                kept.add(c);
                continue;
            }
            boolean notAName = products.computeIfAbsent(surface, w -> isProduct(text, w))
                    || latinCommonWords.contains(surface) || surface.contains(" v. ") || endsInPost(c, surface);
            boolean loneWordPerson = c.hasType(EntityType.PERSON) && !surface.contains(" ") && !personWords.contains(surface)
                    && !titled.contains(c);
            boolean quotedPerson = c.hasType(EntityType.PERSON)
                    && isQuoted(text, document.toCharIndex(c.span().start()), document.toCharIndex(c.span().end()));
            if (!notAName && !loneWordPerson && !quotedPerson) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The length of the English title words that open a Latin span, with the space after them (Senator , Rear Admiral ). */
    private int titleWordsLength(String surface) {
        int length = 0;
        while (true) {
            int space = surface.indexOf(' ', length);
            String word = surface.substring(length, space < 0 ? surface.length() : space);
            if (!latinTitleWords.contains(word)) {
                return length;
            }
            length = space < 0 ? surface.length() : space + 1;
            if (length == surface.length()) {
                return length;
            }
        }
    }

    /** Whether the words are a name, each capitalised (John Cornyn, Biden), not "of …" of a post nor empty. */
    private static boolean isCapitalisedName(String words) {
        return !words.isEmpty() && Arrays.stream(words.split(" "))
                .allMatch(w -> !w.isEmpty() && isLatinUpper(w.codePointAt(0)));
    }

    /**
     * Whether a Latin span of several words ends in a title word (General Secretary, Rear Admiral, Juris Doctor): a
     * post or a degree, not a name, unless it is a person ending in a title word that is also a surname (Mike Judge).
     */
    private boolean endsInPost(Candidate c, String surface) {
        int lastSpace = surface.lastIndexOf(' ');
        String last = surface.substring(lastSpace + 1);
        return lastSpace >= 0 && latinTitleWords.contains(last)
                && !(c.hasType(EntityType.PERSON) && latinTitleSurnames.contains(last));
    }

    /**
     * Whether quotation marks enclose the span, maybe with spaces (“Stop Patriarchy”): a slogan, a title or a word
     * quoted, seldom a person's name.
     */
    private static boolean isQuoted(String text, int start, int end) {
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return start > 0 && end < text.length() && "“\"「『‘".indexOf(text.charAt(start - 1)) >= 0 && "”\"」』’".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * Whether a product head follows the Latin name somewhere in the text (AEB功能, Mavic、Spark和Inspire无人机), the
     * name standing on its own to the left (not Mobile of T-Mobile技术) and the head not opening a body's name
     * (Verily测试中心, Vero病毒研究所).
     */
    boolean isProduct(String text, String surface) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            if (at > 0 && isLatinNamePart(text.charAt(at - 1)) && text.charAt(at - 1) != ' '
                    || end < text.length() && isLatinNamePart(text.charAt(end)) && text.charAt(end) != ' ') {
                continue;
            }
            Matcher head = latinProductHead.matcher(text).region(end, text.length());
            if (head.lookingAt() && orgSuffixes.longestAt(text, head.end()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body named after a place whose word the model cut in two (北卡罗来纳州/nsf 选举/v 委员会/nis: the model's
     * place 北卡罗来纳 and organization 州选举委员会): a place span that an organization span follows with nothing
     * between, where the cut falls inside one place word of the segmentation, is the organization's first part.
     * Neither half starts and ends on word boundaries, so without this both were dropped.
     */
    private static List<NerSpan> withPlacesWholeInOrganizations(List<NerSpan> spans, int offset, List<Token> tokens,
            int[] tokenCovering) {
        List<NerSpan> joined = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NerSpan span = spans.get(i);
            // a place of two or more characters (not the one-character 美 of 美西南/ns, an abbreviation this project leaves out)
            if (span.type() == EntityType.LOC && span.end() - span.start() >= 2 && i + 1 < spans.size()) {
                NerSpan next = spans.get(i + 1);
                int token = tokenCovering[offset + next.start()];
                if (next.type() == EntityType.ORG && next.start() == span.end() && token >= 0
                        && tokens.get(token).pos().startsWith("ns") && tokens.get(token).start() >= offset + span.start()
                        && tokens.get(token).start() < offset + next.start()) {
                    joined.add(new NerSpan(span.start(), next.end(), EntityType.ORG));
                    i++;
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    /**
     * An organization named after a person (亨利/nrf 杰克逊/nrf 协会/nis, the Henry Jackson Society): a model
     * reading word hints tags the first part of the name a person and the rest an organization (亨利 +
     * 杰克逊协会). A person span that the next span, an organization opening with a person's name
     * word, follows with nothing between is part of it.
     */
    private static List<NerSpan> withOrganizationsNamedAfterPersons(List<NerSpan> spans, int offset, List<Token> tokens,
            int[] tokenStartingAt) {
        List<NerSpan> joined = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NerSpan span = spans.get(i);
            if (span.type() == EntityType.PERSON && i + 1 < spans.size()) {
                NerSpan next = spans.get(i + 1);
                int token = tokenStartingAt[offset + next.start()];
                if (next.type() == EntityType.ORG && next.start() == span.end() && token >= 0
                        && tokens.get(token).pos().startsWith("nr") && tokens.get(token).end() < offset + next.end()) {
                    joined.add(new NerSpan(span.start(), next.end(), EntityType.ORG));
                    i++;
                    continue;
                }
            }
            joined.add(span);
        }
        return joined;
    }

    @Override
    public boolean tagsWholeText() {
        return true;
    }

    /**
     * Whether a name ends at {@code at} inside a name word of HanLP's whose rest was glued to it:
     * the rest opens with a character seldom in given names (派, 说, 是) or a word of its own
     * (女士, 总理). Not a rest that may finish the name (柯文哲/nr: the model's 柯文 is short),
     * nor a cut through a word that is no name (彭/斯/周二/t: the model's 彭斯周).
     */
    private static boolean endsGluedName(Token token, int at) {
        // not a Japanese name (山口那津男/nrj: the model's 山口那 is short; HanLP reads these whole)
        if (!token.pos().startsWith("nr") || token.pos().equals("nrj") || at <= token.start() || at >= token.end()) {
            return false;
        }
        String rest = token.text().substring(token.text().offsetByCodePoints(0, at - token.start())); // offsets count code points
        if (CoreWords.givenNameUses(rest.charAt(0)) < RARE_GIVEN_NAME_USES) {
            return true;
        }
        if (rest.length() == 1 && CLAUSE_WORD_TAGS.contains(CoreWords.mainTag(rest))) {
            return true; // a preposition or pronoun opening the clause after the name (林德为/nr 一位, 杨绍政本/nr 周四)
        }
        for (int length = rest.length(); length >= 2; length--) {
            if (CoreWords.isDictionaryWord(rest.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name that runs on past a name word of HanLP's starts at {@code at} inside it, after a glued first part
     * that is a word of its own, not a bound morpheme nor a surname before a Chinese given name (于曹丽/萍, 令卡姆/佩特,
     * 文中张/艾薇, 连佩洛/西), or that ends in a
     * function character (都对林/德). Not after a piece of a longer name (修昔底/德: the model's 底德 of Thucydides;
     * 国裕高/华, a company), nor after a bound morpheme that ends the word before (律师/师拉/nr 马德里), nor in a
     * Japanese name, which HanLP reads whole. The caller takes only names that go past the word (向川普/nr: the
     * model's 川普 alone would confirm the whole word as a name).
     */
    private boolean startsGluedName(Token token, int at) {
        if (!token.pos().startsWith("nr") || token.pos().equals("nrj") || at <= token.start() || at >= token.end()) {
            return false;
        }
        int cut = token.text().offsetByCodePoints(0, at - token.start());
        String glued = token.text().substring(0, cut);
        if (functionChars.indexOf(glued.charAt(glued.length() - 1)) >= 0) {
            return true;
        }
        // a surname glued to a Chinese given name is the name's own (曹丽/nr 萍: the model's 丽萍 is short), but not to a
        // transliteration (国王/王利奥/nr 波德: 利奥波德)
        String rest = token.text().substring(cut);
        boolean surname = glued.length() == 1 && CoreWords.surnameShare(glued.charAt(0)) >= 0.5;
        return CoreWords.isDictionaryWord(glued) && !CoreWords.mainTag(glued).startsWith("ng")
                && (!surname || rest.length() >= 2 && rest.chars().limit(2).allMatch(transliterationChars::get));
    }

    /**
     * Whether a place or organization ends at {@code at} inside a name word of HanLP's whose rest is a function word glued
     * to it (欧洲和/nr 亚洲, 高雄之/nr 日, 伦敦往/nr, 蒙古正/nr 准备, 世卫吁/nr): HanLP's name recognition
     * took the place for part of a person's name and the next character with it; the model ends the name right. Not a
     * rest that is a noun or a bound morpheme (潮州市/ns 长: 市 may be the place's own; 中国人 is no name word).
     */
    private boolean endsGluedTail(Token token, int at) {
        if (!(token.pos().startsWith("nr") || token.pos().startsWith("ns")) || at <= token.start() || at >= token.end()) {
            return false;
        }
        String rest = token.text().substring(token.text().offsetByCodePoints(0, at - token.start()));
        if (rest.length() != 1) {
            return false; // more than one glued character is a word's or name's own (加尔/各答/nsf, 东南西北/飞来飞/nr)
        }
        String name = token.text().substring(0, token.text().length() - 1);
        if (CoreWords.isDictionaryWord(name) && !isProperOrOtherName(CoreWords.mainTag(name))) {
            return false; // a common noun (王朝和/nr 中国: 王朝 "dynasty" is no name)
        }
        char first = rest.charAt(0);
        if (transliterationChars.get(first) || SPEECH_VERBS.indexOf(first) >= 0) {
            return false; // the rest of a transliteration (佛罗伦/斯), a person's speech verb (高力称/nr)
        }
        String tag = CoreWords.mainTag(String.valueOf(first));
        return functionChars.indexOf(first) >= 0 || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("d")
                || tag.startsWith("r") || tag.startsWith("f") || tag.startsWith("u") || tag.equals("v");
    }

    /** A year or a count glued before a place (1991年苏联/ns, 多名潮州/ns, 一个东北/ns). */
    private static final Pattern YEAR_OR_COUNT = Pattern.compile("[0-9０-９]{2,4}年|[一两二三四五六七八九十几多数]{1,2}[个名位座家所]");

    /**
     * Whether a place or organization starting at {@code at} inside {@code token} starts after a glued part that is no
     * part of it: a one-character preposition or conjunction or another function character (向史丹/nr, 于东方/nr,
     * 从高雄/ns, 和白宫/ns), a year or a count (1991年苏联/ns, 多名潮州/ns), or, before an organization, a word for
     * "former" (原中金/nr 公司, 前白宫/ns 顾问), which belongs to the title after the body (前白宫顾问: a former adviser).
     */
    private boolean isGluedLead(Token token, int at, EntityType type) {
        if (at <= token.start() || at >= token.end()) {
            return false;
        }
        if (!(token.pos().startsWith("nr") || token.pos().startsWith("ns") || token.pos().startsWith("nt") || token.pos().startsWith("nz"))) {
            return false; // a word of the dictionary (对外/vn 安全 总局: 外安全总局 is no name)
        }
        String glued = token.text().substring(0, token.text().offsetByCodePoints(0, at - token.start()));
        String name = token.text().substring(glued.length());
        if (name.length() == 1 ? CoreWords.mainTag(name).startsWith("v")
                : CoreWords.isDictionaryWord(name) && CoreWords.tags(name).stream().noneMatch(ModelMentionSource::isProperOrOtherName)) {
            return false; // a verb or a common word (原住/nr 民族 大学, 和城市/ns 发展部, 的共和国/ns, 的城市/ns 商业银行)
        }
        if (glued.length() == 1) {
            char c = glued.charAt(0);
            String tag = CoreWords.mainTag(glued);
            return functionChars.indexOf(c) >= 0 || tag.startsWith("p") || tag.startsWith("c")
                    || type == EntityType.ORG && (c == '原' || c == '前');
        }
        return YEAR_OR_COUNT.matcher(glued).matches();
    }

    /** Main tags of one-character words that open the clause after a name glued to them: preposition, pronoun. */
    private static final Set<String> CLAUSE_WORD_TAGS = Set.of("p", "r");

    /** Given-name uses below which a character glued after a name is no part of it (称 106, 在 106; 哲 780, 和 573). */
    private static final int RARE_GIVEN_NAME_USES = 200;

    private static boolean isSpeechVerb(Token token) {
        return token.pos().startsWith("v") && token.text().length() == 1 && SPEECH_VERBS.indexOf(token.text().charAt(0)) >= 0;
    }

    /** A one-character preposition, conjunction or adverb that seldom ends a given name (跟, 及, 对; not 同). */
    private static boolean isFunctionWordEndingNoName(Token token) {
        String pos = token.pos();
        return token.text().length() == 1 && (pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("d"))
                && CoreWords.givenNameUses(token.text().charAt(0)) < 20;
    }

    /** Whether a dot and a short Han word close the name after token {@code last}, before punctuation or Latin. */
    private static boolean continuesOverDot(List<Token> tokens, int last) {
        if (last + 2 >= tokens.size()) {
            return false;
        }
        Token dot = tokens.get(last + 1);
        Token part = tokens.get(last + 2);
        if (dot.start() != tokens.get(last).end() || part.start() != dot.end() || !isDotToken(dot) || part.text().length() > 3 || !isHanName(part.text())
                || NamePatternSource.isDot(part.text().charAt(0))) {
            return false;
        }
        if (last + 3 == tokens.size()) {
            return true;
        }
        Token after = tokens.get(last + 3);
        return after.start() > part.end() || after.pos().equals("w") || after.pos().equals("nx");
    }

    private static boolean isDotToken(Token token) {
        return token.text().length() == 1 && NamePatternSource.isDot(token.text().charAt(0));
    }

    /** A role-tagged place that is a one-character preposition or conjunction plus a dictionary place (于港岛, 比泰山). */
    private static boolean isGluedPlace(Token token) {
        String text = token.text();
        if (!token.pos().startsWith("ns") || text.length() < 3 || !isHanName(text) || CoreWords.isDictionaryWord(text)) {
            return false;
        }
        String function = CoreWords.mainTag(text.substring(0, 1));
        return (function.startsWith("p") || function.startsWith("c"))
                && CoreWords.tags(text.substring(1)).stream().anyMatch(tag -> tag.startsWith("ns"));
    }

    /**
     * A common word that can describe land (低/a, 山/n, 丘陵/n): not a piece of a name (八/m 公/ng 山区, 大洪/n 山区,
     * which HanLP's core dictionary seldom or never saw).
     */
    private boolean isCommonLandWord(Token token) {
        String pos = token.pos();
        return (pos.equals("n") || pos.equals("a") || pos.equals("b") || pos.startsWith("f") || pos.equals("s"))
                && (terrainWords.contains(token.text()) || CoreWords.isCommonWord(token.text()));
    }

    /** A numeral and a kind of administrative place: 二县, 三省, 两市 (潜山二县, 金寨三县). */
    private static boolean isCountOfPlaces(String text) {
        return text.length() == 2 && "一二两三四五六七八九十".indexOf(text.charAt(0)) >= 0 && "县省市区国州镇乡村地".indexOf(text.charAt(1)) >= 0;
    }

    private boolean isPositionWord(Token token) {
        return token.pos().startsWith("f") || positionWords.contains(token.text());
    }

    /**
     * Whether a one-character "verb" before a name HanLP guessed to be a person's is the first character of one
     * transliterated name with it (南部城市佩/v 皮尼昂/nr: Perpignan): both written in transliteration characters only.
     * A verb before a place or organization the dictionaries know stays a verb (请/v 武汉市, 派/v 阿富汗/nsf), and so
     * does one before a compass word (美/西南/nr 法轮大法学会: 西南 is no name of its own).
     */
    private boolean opensTransliteratedName(Token verb, Token name) {
        return verb.text().length() == 1 && name.pos().startsWith("nr") && !compassWords.contains(name.text())
                && !isPositionWord(name) && (verb.text() + name.text()).chars().allMatch(transliterationChars::get);
    }

    /** A proper noun or HanLP's other proper-noun tags (nz: 港岛 is ns, 九华山 nz; nx: Latin). */
    private static boolean isNameWord(String pos) {
        return isProperNoun(pos) || pos.startsWith("nz") || pos.startsWith("nx") || pos.equals("j");
    }

    /** A person's, place's or body's name or another proper noun (not an abbreviation: 城市 is also j). */
    private static boolean isProperOrOtherName(String pos) {
        return isProperNoun(pos) || pos.startsWith("nz");
    }

    private static boolean isNumeral(String text) {
        return text.codePoints().allMatch(cp -> Character.isDigit(cp) || "〇零一二三四五六七八九十百千万两".indexOf(cp) >= 0);
    }

    private static boolean isProperNoun(String pos) {
        return pos.startsWith("nr") || pos.startsWith("ns") || pos.startsWith("nt");
    }

    /**
     * Whether a single word with this part of speech can be a whole name. Plain verbs,
     * adjectives, measure words and time words stay possible (HanLP tags 中兴 v, 平安 a, 莱克 q);
     * direction words, intransitive verbs, adverbs, pronouns, numbers and function words do not.
     */
    private static boolean canBeName(String pos) {
        return !(pos.startsWith("f") || pos.equals("vi") || pos.startsWith("vshi") || pos.startsWith("vyou")
                || pos.startsWith("d") || pos.startsWith("r") || pos.startsWith("m")
                || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("u"));
    }

    /**
     * Whether the model's span is a whole run of Latin words opening with a capital, between text that is no Latin
     * (对CNBC表示, 公司Star Global的). A tagger trained on Chinese text cuts Latin runs anywhere (Wharton Schoo), so
     * only whole runs are taken. One in brackets glosses what stands before it: a mention (强生（Boris Johnson）), kept
     * with it by the recognizer, or often a term or title that is no name (“中国通”（China hand）, 补充法规（StVO-Novelle）),
     * so it is taken only after a title word (国防部长（Mark Esper）, 约翰逊总统（Lyndon Johnson）) or a publication's
     * closing mark (《水星报》（The Mercury News））, and then the recognizer keeps it apart only where no mention ends
     * before the bracket.
     */
    private boolean isWholeLatinName(DocumentText document, int start, int end) {
        String surface = document.slice(start, end);
        if (!isLatinUpper(surface.codePointAt(0)) || !surface.codePoints().allMatch(ModelMentionSource::isLatinNamePart)
                || !isLatinLetterOrDigit(surface.codePointBefore(surface.length())) && surface.charAt(surface.length() - 1) != '.') {
            return false;
        }
        int before = start;
        while (before > 0 && document.slice(before - 1, before).equals(" ")) {
            before--;
        }
        if (before > 0) {
            int previous = document.slice(before - 1, before).codePointAt(0);
            if (isLatinNamePart(previous) && !(before < start && opensWithTitleWordsOnly(document, start))
                    || (previous == '(' || previous == '（') && !glossesTitleOrPublication(document, before - 1)) {
                return false;
            }
        }
        int after = end;
        while (after < document.length() && document.slice(after, after + 1).equals(" ")) {
            after++;
        }
        if (after < document.length()) {
            int next = document.slice(after, after + 1).codePointAt(0);
            return !isLatinNamePart(next) && !(after > end && isLatinLetterOrDigit(next));
        }
        return true;
    }

    private static final Pattern SPACES = Pattern.compile(" +");

    /**
     * Whether the Latin run that goes on into the span at {@code start} holds only English title words before it
     * (President Joe Biden, Rear Admiral James Kirk): the span is the name after the title.
     */
    private boolean opensWithTitleWordsOnly(DocumentText document, int start) {
        int runStart = start;
        while (runStart > 0 && isLatinNamePart(document.slice(runStart - 1, runStart).codePointAt(0))) {
            runStart--;
        }
        String titles = document.slice(runStart, start).trim();
        return !titles.isEmpty() && Arrays.stream(SPACES.split(titles)).allMatch(latinTitleWords::contains);
    }

    /** Whether the text before the bracket at {@code bracket} ends in a title word or a publication's 》. */
    private boolean glossesTitleOrPublication(DocumentText document, int bracket) {
        String before = document.slice(Math.max(0, bracket - 4), bracket);
        if (before.endsWith("》")) {
            return true;
        }
        for (int length = 1; length <= before.length(); length++) {
            if (titleWords.contains(before.substring(before.length() - length))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinUpper(int cp) {
        return Character.isUpperCase(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean isLatinLetterOrDigit(int cp) {
        return LatinLetters.isLatinLetter(cp) || cp >= '0' && cp <= '9';
    }

    /** A letter, digit or joiner of a Latin name (Royal KPN N.V., AT&T, Jean-Luc, Tod’s). */
    private static boolean isLatinNamePart(int cp) {
        return isLatinLetterOrDigit(cp) || cp == ' ' || cp == '.' || cp == '-' || cp == '&' || cp == '\'' || cp == '’';
    }

    /**
     * An organization's name of Han characters with a number in it after the first two (成都404公司, 香港01, 建制22): a
     * company's, an outlet's or a group's name, which the model tags whole (萨赫勒5国集团). Not a number first (2020年…),
     * an ordinal (美国空军第49联队: a unit of the body before it) nor a number before 号 (华航006号航班: a flight).
     */
    private static final Pattern HAN_NAME_WITH_NUMBER = Pattern.compile("\\p{IsHan}{2,}(?<!第)[0-9]+(?!号)\\p{IsHan}*");

    private static boolean isHanName(String surface) {
        return surface.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || NamePatternSource.isDot((char) cp));
    }
}
