package org.zhextract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.zhextract.model.EntityType;
import org.zhextract.text.ResourceLines;

/**
 * Names written in Latin letters inside Chinese text (wire copy keeps many: 分析师Phil Flynn说),
 * which neither HanLP's roles nor a tagger trained on Chinese text see:
 * <ul>
 *   <li>a run of two to four capitalized words, the whole Latin run between Chinese text, right
 *       after a title word (领导人Alexei Navalny, 记者Tom Ozimek) or right before a speech verb
 *       (Chuck Laszewski说, Margaret E. Roberts 表示) is a person; an organization when its last
 *       word is one that ends organizations' names ({@code latin-org-words.txt}: Rosen Law Firm);</li>
 *   <li>a run of two to five words (capitalized or upper case) that ends in a word which ends
 *       nothing but organizations' names (Fox News, Rhodium Group, Johns Hopkins University,
 *       Capital Economics; the words marked {@code anywhere} in that file) is an organization
 *       wherever it stands; laws, products and reports (Magnitsky Act, Apple Watch) end in other words;</li>
 *   <li>one to three words right before a post only a body has ({@code company-titles.txt}: WeWork执行董事长,
 *       Twitter发言人) or before a stock symbol in brackets (Alphabet(GOOGL.O)) are an organization;</li>
 *   <li>one to four capitalized words right before an address word ({@code address-words.txt}: Eyal先生,
 *       Anne Henochowicz女士) are a person, as the Chinese surname before one is;</li>
 *   <li>one capitalized word of at least three letters right after a title word is a person
 *       (国务卿Blinken): alone before a verb it is as often a company (Facebook说);</li>
 *   <li>the last word of such a person alone elsewhere in the document is that person
 *       (Navalny表示), which the resolver joins to the full name;</li>
 *   <li>two to four words before a slash in brackets, where the rest of the bracket is a photo
 *       credit ({@code photo-credit-words.txt}: (Drew Angerer/Getty Images), (Photo by SAUL LOEB / AFP)),
 *       are the photographer.</li>
 * </ul>
 * A Latin name in brackets glosses the name before it ({@link EntityRecognizer} keeps it with
 * that mention), so it is none here. In news written in Chinese characters a run of capitalized
 * words in these places is a name in about 19 of 20 cases: the rest are products and slogans.
 */
final class LatinNameSource {

    /** A capitalized word (Jean-François, O'Brien, McDonald), an initial (E.), a suffix (Jr.) or an acronym (BBC). */
    private static final String WORD = "(?:[\\p{Lu}&&\\p{IsLatin}]{2,5}|[\\p{Lu}&&\\p{IsLatin}][\\p{Ll}&&\\p{IsLatin}]+(?:[\\p{Lu}&&\\p{IsLatin}][\\p{Ll}&&\\p{IsLatin}]+)?"
            + "(?:[-'’][\\p{IsLatin}][\\p{Ll}&&\\p{IsLatin}]+)*|[\\p{Lu}&&\\p{IsLatin}]\\.|[JS]r\\.)";
    /**
     * A whole run of Latin words: no Latin letter, digit or dot may touch it, nor a Latin word one
     * space away (so no capitalized stretch of an English sentence is one).
     */
    private static final Pattern RUN = Pattern.compile("(?<![\\p{IsLatin}\\d.'’&-])(?<![\\p{IsLatin}\\d.,] )"
            + WORD + "(?: " + WORD + ")*(?![\\p{IsLatin}\\d.'’&-])(?! [\\p{IsLatin}\\d])");
    private static final int MAX_WORDS = 4;
    private static final int MAX_ORGANIZATION_WORDS = 5;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,5}");
    private static final int MIN_SINGLE_WORD = 3;
    /** Speech verbs a person's name comes right before (the claim stage's cues, the ones a name takes without a particle). */
    private static final Set<String> SPEECH_VERBS = Set.of("说", "称", "表示", "指出", "认为", "告诉", "写道", "强调",
            "透露", "补充", "解释", "坦言", "回应", "警告", "承认", "估计", "预计", "预测", "介绍", "提到", "呼吁", "报道");

    /**
     * The address words that make a Latin word before them a surname (Eyal先生, Anne Henochowicz女士): not 老师, 同学 and
     * the like, which follow common nouns too (Python老师, MBA同学); an acronym or an organization word never is one (CEO先生).
     */
    private static final Set<String> LATIN_ADDRESS_WORDS = Set.of("先生", "女士", "小姐", "太太", "夫人");

    /** A word of a photographer's name: capitalized or in capitals, maybe an initial (Joyce N. BOGHOSIAN, PARK TAE-HYUN). */
    private static final String CREDIT_WORD = "[\\p{Lu}&&\\p{IsLatin}](?:[\\p{IsLatin}'’\\-]+|\\.)";

    /** A stock symbol in brackets, maybe after a space: (GOOGL.O), （0700.HK）. */
    private static final Pattern TICKER = Pattern.compile(" ?[（(][A-Z0-9]{1,6}\\.[A-Z]{1,2}[)）]");
    /** Words of a Latin name before a company's post or stock symbol (Janus Henderson执行长). */
    private static final int MAX_COMPANY_WORDS = 3;

    /**
     * A photographer's name opening a bracket (or following a semicolon in one, or "Photo by"), a slash after it, and
     * the rest of the credit up to the bracket's end or the next semicolon: group 1 the name, group 2 the rest.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:[（(]|[;；] ?)\\s*(?:[Pp]hoto(?: by|:)\\s*)?("
            + CREDIT_WORD + "(?: " + CREDIT_WORD + "){1,3})\\s*[/／]([^()（）;；]{1,80})(?=[)）;；])");

    private final EntityLexicon lexicon;
    /** Latin words of photo credits (AFP, Getty, POOL) and Chinese ones (大纪元, 提供): photo-credit-words.txt. */
    private final Set<String> creditWords;
    /** Words standing for a given name after a surname (先生, 女士): address-words.txt. */
    private final PhraseTrie<String> addressWords;
    /** Posts only a body has (执行董事长, 发言人): company-titles.txt. */
    private final PhraseTrie<String> companyTitles;
    private final Set<String> organizationWords;
    /** Places a credit's dateline names (Hong Kong/AFP), in lower case: latin-place-names.txt. */
    private final Set<String> placeNames;
    private final Set<String> onlyOrganizationWords;

    LatinNameSource(EntityLexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> words = new HashSet<>();
        Set<String> anywhere = new HashSet<>();
        for (String line : ResourceLines.read(LatinNameSource.class, "latin-org-words.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.strip().split("\t");
                words.add(fields[0]);
                if (fields.length > 1 && fields[1].equals("anywhere")) {
                    anywhere.add(fields[0]);
                }
            }
        }
        this.organizationWords = Set.copyOf(words);
        Map<String, String> titles = new HashMap<>();
        EntityLexicon.words("company-titles.txt").forEach(t -> titles.put(t, t));
        this.companyTitles = PhraseTrie.forwards(titles);
        this.onlyOrganizationWords = Set.copyOf(anywhere);
        this.creditWords = Set.copyOf(EntityLexicon.words("photo-credit-words.txt"));
        this.placeNames = ResourceLines.read(LatinNameSource.class, "latin-place-names.txt").stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        Map<String, String> address = new HashMap<>();
        EntityLexicon.words("address-words.txt").forEach(w -> address.put(w, w));
        this.addressWords = PhraseTrie.forwards(address);
    }

    /** Whether a Latin word is one that ends organizations' names (latin-org-words.txt: Motors, Company, Holdings). */
    boolean isOrganizationWord(String word) {
        return organizationWords.contains(word);
    }

    /** Whether a word is a photo credit's (photo-credit-words.txt: AFP, EPA). */
    boolean isCreditWord(String word) {
        return creditWords.contains(word);
    }

    /** Whether a Latin word ends organizations' names wherever it stands (latin-org-words.txt's "anywhere": Research, Limited). */
    boolean isOnlyOrganizationWord(String word) {
        return onlyOrganizationWords.contains(word);
    }

    /**
     * Latin names, leaving out runs that a candidate of {@code listed} (a gazetteer entry) crosses or
     * equals (Getty Images); a longer run keeps one inside it (BBC News, with BBC listed).
     */
    List<Candidate> find(TextView view, CandidateIndex listed) {
        List<Candidate> found = new ArrayList<>();
        Set<String> lastNames = new HashSet<>();
        List<int[]> singles = new ArrayList<>();
        StartFilteredScan runs = new StartFilteredScan(RUN, view.text, at -> startsWithCapitalLatin(view.text, at));
        Matcher run = runs.matcher();
        while (runs.find()) {
            int start = run.start();
            int end = run.end();
            String[] words = run.group().split(" ");
            Candidate any = view.candidate(EntityType.ORG, start, end, Candidate.Origin.PATTERN);
            if (words.length > MAX_ORGANIZATION_WORDS || inBrackets(view.text, start)
                    || listed.intersecting(any.span()).stream().anyMatch(g -> !any.span().contains(g.span()) || g.span().equals(any.span()))) {
                continue;
            }
            String last = words[words.length - 1];
            if (words.length <= MAX_COMPANY_WORDS && (beforeCompanyTitle(view, end) || beforeTicker(view.text, end))) {
                found.add(any); // WeWork执行董事长, Twitter发言人, Alphabet(GOOGL.O): a body's post or its stock's symbol
                continue;
            }
            if (words.length <= MAX_WORDS && addressWords.longestAt(view.text, end).filter(w -> LATIN_ADDRESS_WORDS.contains(w.value())).isPresent()
                    && Arrays.stream(words).noneMatch(w -> ACRONYM.matcher(w).matches()) && !organizationWords.contains(last)) {
                found.add(view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN)); // Eyal先生: a person's surname
                if (words.length > 1 && last.length() >= MIN_SINGLE_WORD) {
                    lastNames.add(last);
                }
                continue;
            }
            boolean hasAcronym = Arrays.stream(words).anyMatch(w -> ACRONYM.matcher(w).matches());
            if (words.length > 1 && onlyOrganizationWords.contains(last)) {
                found.add(any);
            } else if (words.length > MAX_WORDS || hasAcronym) {
                continue;
            } else if (words.length == 1) {
                if (afterTitle(view, start) && last.length() >= MIN_SINGLE_WORD) {
                    found.add(view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN));
                } else {
                    singles.add(new int[] {start, end});
                }
            } else if (afterTitle(view, start) || beforeSpeechVerb(view, end)) {
                boolean organization = organizationWords.contains(last) || words[0].equals("The");
                found.add(organization ? any : view.candidate(EntityType.PERSON, start, end, Candidate.Origin.PATTERN));
                if (!organization && last.length() >= MIN_SINGLE_WORD) {
                    lastNames.add(last);
                }
            }
        }
        found.addAll(photographers(view, listed));
        for (int[] single : singles) {
            if (lastNames.contains(view.text.substring(single[0], single[1]))) {
                found.add(view.candidate(EntityType.PERSON, single[0], single[1], Candidate.Origin.PATTERN));
            }
        }
        return found;
    }

    /**
     * Photographers named in photo credits: (Drew Angerer/Getty Images), (Photo by MANDEL NGAN / AFP), (Mandel Ngan/AFP
     * via Getty Images; Samira Bouaou/The Epoch Times). Only where the rest of the credit holds a credit word, so no
     * pair of names or places (Newport News/Williamsburg International Airport) is one, and not a body's name (Brooks
     * KRAFT/Apple Inc./AFP gives Brooks KRAFT, Apple Inc./AFP nothing) nor a listed one, nor a dateline's place (Hong Kong/AFP).
     */
    private List<Candidate> photographers(TextView view, CandidateIndex listed) {
        List<Candidate> found = new ArrayList<>();
        StartFilteredScan credits = new StartFilteredScan(PHOTO_CREDIT, view.text, at -> CREDIT_OPENERS.indexOf(view.text.charAt(at)) >= 0);
        Matcher m = credits.matcher();
        while (credits.find()) {
            String[] words = m.group(1).split(" ");
            Candidate person = view.candidate(EntityType.PERSON, m.start(1), m.end(1), Candidate.Origin.PATTERN);
            if (isCredit(m.group(2)) && !organizationWords.contains(words[words.length - 1].replace(".", ""))
                    && !placeNames.contains(m.group(1).toLowerCase(Locale.ROOT))
                    && listed.intersecting(person.span()).isEmpty()) {
                found.add(person);
            }
        }
        return found;
    }

    /** The chars a {@link #PHOTO_CREDIT} starts with: an opening bracket or a semicolon. */
    private static final String CREDIT_OPENERS = "（(;；";

    /**
     * Whether the char at {@code at} is a capital Latin letter ({@code [\p{Lu}&&\p{IsLatin}]}), with which every
     * {@link #WORD}, and so every {@link #RUN}, starts: the regex, lookbehinds first, is tried only there, not at each
     * of the Han chars between (the attempts at every char were about 1 % of the pipeline's CPU).
     */
    private static boolean startsWithCapitalLatin(String text, int at) {
        char c = text.charAt(at);
        if (c < 0xC0) {
            return c >= 'A' && c <= 'Z';   // no other char below À is a capital Latin letter
        }
        int codePoint = text.codePointAt(at);
        return Character.getType(codePoint) == Character.UPPERCASE_LETTER
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }

    private static final Pattern NOT_LATIN_OR_HAN = Pattern.compile("[^\\p{IsLatin}\\p{IsHan}]+");

    /** Whether the text after a photographer's slash is a photo credit: it holds a credit word (AFP, Getty Images, 大纪元). */
    private boolean isCredit(String rest) {
        for (String word : NOT_LATIN_OR_HAN.split(rest)) {
            if (creditWords.contains(word)) {
                return true;
            }
        }
        return creditWords.stream().anyMatch(w -> w.codePoints().allMatch(Character::isIdeographic) && rest.contains(w));
    }

    /** Whether a title word ends right before {@code start}, maybe with a space or colon between (记者 Tom Ozimek). */
    private boolean afterTitle(TextView view, int start) {
        int at = start;
        while (at > 0 && " ：:".indexOf(view.text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at > 0 && lexicon.titlesBefore().longestEndingAt(view.text, at, Math.max(0, at - 6)).isPresent();
    }

    /** Whether a speech verb is the word right after {@code end}, maybe after a space (not 说 of 说明). */
    private static boolean beforeSpeechVerb(TextView view, int end) {
        int at = end < view.text.length() && view.text.charAt(end) == ' ' ? end + 1 : end;
        int token = view.tokenStartingAt(at);
        return token >= 0 && SPEECH_VERBS.contains(view.tokens.get(token).text());
    }

    /** Whether a post only a body has starts right after {@code end} (WeWork执行董事长), maybe after a space. */
    private boolean beforeCompanyTitle(TextView view, int end) {
        int at = end < view.text.length() && view.text.charAt(end) == ' ' ? end + 1 : end;
        return companyTitles.longestAt(view.text, at).isPresent();
    }

    /** Whether a stock symbol in brackets follows {@code end} (Alphabet(GOOGL.O), 腾讯(0700.HK)). */
    private static boolean beforeTicker(String text, int end) {
        return TICKER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Whether the run opens a bracket: a gloss of the name before it (普赖斯（Ned Price）). */
    private static boolean inBrackets(String text, int start) {
        return openingBracketBefore(text, start) >= 0;
    }

    /** The char index of the opening bracket before {@code start}, spaces between allowed (普赖斯（ Ned Price）), or -1. */
    static int openingBracketBefore(String text, int start) {
        int at = start;
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return at > 0 && (text.charAt(at - 1) == '（' || text.charAt(at - 1) == '(') ? at - 1 : -1;
    }
}
