package org.zhextract.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhextract.text.Surnames;

/**
 * Publisher names (from the URL's host or the dateline), bylines and editors.
 *
 * <p>Immutable and thread-safe.
 */
final class Metadata {

    /**
     * A space after a name ends a byline, but not before 的: 财新记者王和岩 的特稿 speaks of another
     * reporter's story in prose.
     */
    private static final String NOT_POSSESSIVE = "\\s(?!\\s*的)";
    private static final Pattern NAME_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,3}\\s*[、，,和与]\\s*)*\\p{IsHan}{2,3}?)"
                    + "(?=综合|报导|报道|编译|采访|撰稿|摄影|整理|发自|[、/／（(）)\\]】;；，,|]|" + NOT_POSSESSIVE + "|责编|编辑|$)");
    private static final PrefilteredPattern REPORTER = PrefilteredPattern.compile(
            "(?:(?:记者|撰稿|撰文|作者|采写)(?:\\s*[:：/／丨｜|]|\\s)|(?<!\\p{IsHan})文\\s*[:：/／丨｜|])\\s*" + NAME_LIST.pattern());
    /**
     * A role word run straight into the name (记者张婷综合报导): then the name must end where a
     * byline does, not at a comma, or a sentence that starts with the role word passes for one
     * (作者认为，… and 派记者去现场，… name no author).
     */
    private static final PrefilteredPattern REPORTER_RUN_ON = PrefilteredPattern.compile(
            "(?:记者|撰稿|撰文|作者|采写)((?:\\p{IsHan}{2,3}[、和与])*\\p{IsHan}{2,3}?)"
                    + "(?=综合|报导|报道|编译|采访|撰稿|摄影|整理|发自|[/／）)\\]】|]|" + NOT_POSSESSIVE + "|责编|编辑|$)");
    /**
     * The run-on byline in brackets that opens a report, （大纪元记者辰光编译报导）: its place says it is
     * a byline, so its name need not start with a surname (reporters sign with pen names).
     */
    private static final PrefilteredPattern BRACKETED_RUN_ON = PrefilteredPattern.compile(
            "[（(][^（(）)，,。、\\s]{0,12}?记者((?:\\p{IsHan}{2,3}[、和与])*\\p{IsHan}{2,3}?)(?:综合|编译|采访)?(?:报导|报道)[）)]");
    /**
     * The bracketed byline that opens a report, right after the dateline or at the line's start:
     * （大纪元记者李家宏香港报导）, （大纪元英文记者Zachary Stieber报导/高杉编译）,
     * （作者： CATHY HE AND EVA FU/大纪元记者林宜君编译报导）. Its credits are split at / and after 报导.
     */
    private static final Pattern OPENING_BYLINE = Pattern.compile("(?:^|】)\\s*[（(]([^（(）)]{2,80})[）)]");
    // compiled once rather than by String.split and replaceFirst on every byline
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[、，,]\\s*");
    private static final Pattern REPORTER_BEFORE_NAME = Pattern.compile("^\\p{IsHan}{0,4}?记者");
    private static final Pattern FIELD_LIST_SEPARATOR = Pattern.compile("\\s*[、，,/]\\s*");
    private static final Pattern OPENING_CREDIT_SPLIT = Pattern.compile("\\s*[/／]\\s*|(?<=报导|报道)[、，,]\\s*");
    private static final Pattern LATIN_NAME_SEPARATOR = Pattern.compile("\\s+(?:AND|and|&)\\s+|\\s*[,、]\\s*");
    private static final Pattern NAME_JOINER = Pattern.compile("[和与]");
    private static final Pattern ENUMERATION_COMMA = Pattern.compile("\\s*、\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * One credit of an opening byline: who (after 记者, 作者 or the outlet) and what they did. 翻译
     * is kept apart: a translator is not counted as an author (as in the closing credits).
     */
    private static final Pattern OPENING_CREDIT = Pattern.compile(
            "^(?:([^\\s]{0,12}?(?:记者|作家|作者)\\s*[：:]?)|英文大纪元|大纪元)?\\s*(.+?)\\s*(?:综合|采访|简讯)*"
                    + "(报导|报道|编译|撰文|翻译)(?:报导|报道)?$");
    /** 作者： CATHY HE AND EVA FU: the writers of the original, named with a colon and nothing after. */
    private static final Pattern AUTHOR_CREDIT = Pattern.compile("^作者\\s*[：:]\\s*([^：:]+)$");
    private static final Pattern LATIN_WHO = Pattern.compile(
            "^([A-Z][A-Za-z.'-]*(?:\\s+[A-Za-z][A-Za-z.'-]*){1,8})\\s*(\\p{IsHan}*)$");
    /** A Latin name of two to four capitalised words; a desk or team (EMG Inspired Staff) is no person. */
    private static final Pattern LATIN_PERSON = Pattern.compile(
            "[A-Z][A-Za-z.'-]+(?:\\s+[A-Z][A-Za-z.'-]+){1,3}(?<!\\s(?:Staff|STAFF|Team|TEAM|Desk|DESK|Editors|EDITORS))");
    private static final PrefilteredPattern EDITOR = PrefilteredPattern.compile(
            "(?:责任编辑|责编)\\s*[：:]\\s*(\\p{IsHan}{2,4}?)(?=\\s|$|#|[，,、/;；）)]|网编)");
    /**
     * SAMMI ZHENG,STEVEN LEE MYERS: a byline of upper-case Latin names, each of two to four words;
     * a lone word on its own line is a heading or a sign-off (BOMBSHELL, END, USA), not a name.
     */
    private static final Pattern LATIN_BYLINE = Pattern.compile("^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){1,3}(?:\\s*[,，、]\\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){1,3})*$");
    /** A name in a header byline: two or three Chinese characters, or two to four capitalised Latin words. */
    private static final String HEAD_NAME = "\\p{IsHan}{2,3}|[A-Z][\\p{L}.'-]+(?:\\s+[A-Z][\\p{L}.'-]+){1,3}";
    /**
     * A header line that is only a byline, as feeds print it right above the date (DW's and the
     * NYT's {@code <i>author<br>date</i>}): one or more Chinese names of two or three characters
     * or Latin names of two to four capitalised words, with an optional 记者： before and
     * （综合报道）, （摘编） or （编译） after. A leading "null" is the feed's empty value.
     */
    private static final Pattern HEAD_BYLINE = Pattern.compile(
            "^(?:null\\s+)?(?:(?:采访)?记者\\s*[:：]?\\s*)?"
                    + "((?:" + HEAD_NAME + ")(?:\\s*[、，,/]\\s*(?:" + HEAD_NAME + "))*)"
                    + "\\s*(?:[（(]\\s*(?:综合报道|综合报导|摘编|编译)\\s*[)）]|综合报道|综合报导)?$");
    /** A writer's name opening a lead: two to five Han characters or two to four capitalised Latin words. */
    private static final String LEAD_NAME = "\\p{IsHan}{2,5}|[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){1,3}";
    /** Up to four {@link #LEAD_NAME}s joined by 、, then a colon and the lead's text. */
    private static final Pattern LEAD_WRITERS = Pattern.compile(
            "^((?:" + LEAD_NAME + ")(?:\\s*、\\s*(?:" + LEAD_NAME + ")){0,3})\\s*[：:](?=.{8,})");
    private static final Pattern TITLE_LABEL = Pattern.compile("^\\s*(【[^】]{1,20}】)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。？！?!]");
    /** 记者： with a colon, as transcripts label the interviewer (a byline 记者 杜佳冰 has a space). */
    private static final Pattern INTERVIEWER = Pattern.compile("记者\\s*[：:]");
    /** The host of an absolute URL, read directly when the URL is malformed (a stray % in its path). */
    private static final Pattern URL_HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)");
    /**
     * A last part of a title set off by a dash or a bar: 标题 – 法国国际广播电台 - RFI. Dashes need
     * spaces around them, so hyphenated words (COVID-19) are never split.
     */
    private static final Pattern TITLE_TAIL = Pattern.compile("\\s+[-–—|]\\s+([^-–—|｜]+)$|\\s*｜\\s*([^-–—|｜]+)$");

    private final Map<String, String> publishersByHost;
    /** Chinese surnames, single characters and compound ones (欧阳): a run-on byline's name starts with one. */
    private final Set<String> surnames;
    /** Outlets whose first paragraph opens with the writers' names (金融时报: 加内什：特朗普的继任者…). */
    private final Set<String> leadingWithWriters;
    /**
     * Every label an outlet sets after its own page titles: the names it goes by (its publisher
     * name included) and its programmes and columns.
     */
    private final Map<String, Set<String>> titleNamesByPublisher;
    /** Places a byline runs into the reporter's name (记者李家宏香港报导). */
    private final ReportPlaces places;
    /** The column labels that open an outlet's titles (【网络民议】 for 中国数字时代), by label. */
    private final Map<String, String> publishersByTitleLabel;

    Metadata(Map<String, String> publishersByHost, Map<String, Set<String>> otherNamesByPublisher,
             Set<String> leadingWithWriters, Set<String> surnames, ReportPlaces places,
             Map<String, String> publishersByTitleLabel) {
        this.places = Objects.requireNonNull(places, "places");
        this.publishersByTitleLabel = Map.copyOf(publishersByTitleLabel);
        this.surnames = Set.copyOf(surnames);
        this.leadingWithWriters = Set.copyOf(leadingWithWriters);
        this.publishersByHost = Map.copyOf(Objects.requireNonNull(publishersByHost, "publishersByHost"));
        Map<String, Set<String>> names = new HashMap<>();
        for (String publisher : publishersByHost.values()) {
            names.computeIfAbsent(publisher, p -> new HashSet<>()).add(publisher);
        }
        otherNamesByPublisher.forEach((publisher, others) ->
                names.computeIfAbsent(publisher, p -> new HashSet<>(Set.of(p))).addAll(others));
        this.titleNamesByPublisher = Map.copyOf(names);
    }

    /**
     * Reads {@code host<TAB>publisher[<TAB>other names, comma-separated]} lines, and
     * {@code publisher<TAB>programme or column} lines for the labels after its titles.
     */
    static Metadata load(List<String> publishers, List<String> titleTails, List<String> leadBylines,
                         List<String> surnameLines, ReportPlaces places, List<String> titleLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        Map<String, Set<String>> otherNames = new HashMap<>();
        for (String line : publishers) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 && parts.length != 3) {
                throw new IllegalArgumentException("publishers: expected host<TAB>name[<TAB>other names]: " + line);
            }
            String publisher = parts[1].strip();
            map.put(parts[0].strip().toLowerCase(Locale.ROOT), publisher);
            if (parts.length == 3) {
                for (String name : parts[2].split(",")) {
                    if (!name.isBlank()) {
                        otherNames.computeIfAbsent(publisher, p -> new HashSet<>()).add(name.strip());
                    }
                }
            }
        }
        for (String[] parts : twoColumns(titleTails, "title tails: expected publisher<TAB>name")) {
            otherNames.computeIfAbsent(parts[0], p -> new HashSet<>()).add(parts[1]);
        }
        Set<String> leading = new HashSet<>();
        for (String line : leadBylines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                leading.add(line.strip());
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (String[] parts : twoColumns(titleLabels, "title labels: expected publisher<TAB>label")) {
            labels.put(parts[1], parts[0]);
        }
        return new Metadata(map, otherNames, leading, Surnames.parse(surnameLines), places, labels);
    }

    /** The rows of a two-column tab-separated list (blank lines and # comments skipped), each cell stripped. */
    private static List<String[]> twoColumns(List<String> lines, String expected) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(expected + ": " + line);
            }
            rows.add(new String[] {parts[0].strip(), parts[1].strip()});
        }
        return rows;
    }

    /** The publisher for a URL: a known outlet's name, else the host without {@code www.}. */
    Optional<String> publisherOfUrl(String url) {
        return host(url).map(host -> knownPublisherOfHost(host).orElse(host.startsWith("www.") ? host.substring(4) : host));
    }

    /** The known outlet (publishers.tsv) whose host, or a host under it, serves the URL. */
    Optional<String> knownPublisherOfUrl(String url) {
        return host(url).flatMap(this::knownPublisherOfHost);
    }

    private Optional<String> knownPublisherOfHost(String host) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : publishersByHost.entrySet()) {
            if ((host.equals(e.getKey()) || host.endsWith("." + e.getKey())) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A known publisher named at the start of a dateline: 【大纪元2022年02月04日讯】, （德国之声中文网）. */
    Optional<String> publisherOfDateline(String firstLines) {
        String head = firstLines.length() > 40 ? firstLines.substring(0, 40) : firstLines;
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (String name : new LinkedHashSet<>(publishersByHost.values())) {
            int at = head.indexOf(name);
            if (at >= 0 && at <= 2 && at < bestAt) {
                bestAt = at;
                best = name;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The names in a header line that is only a byline ({@link #HEAD_BYLINE}); empty when the
     * line is anything else, or names an outlet (德国之声中文网 in that slot is no author).
     */
    List<String> headBylineNames(String line) {
        if (line.length() > 60) {
            return List.of();
        }
        Matcher m = HEAD_BYLINE.matcher(line.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : FIELD_LIST_SEPARATOR.split(m.group(1))) {
            String clean = SPACES.matcher(name.strip()).replaceAll(" ");
            if (isOutletName(clean)) {
                return List.of();
            }
            names.add(clean);
        }
        return names;
    }

    /** The places a byline may run into a reporter's name. */
    ReportPlaces places() {
        return places;
    }

    /**
     * The outlet whose column label opens the title (【网络民议】… → 中国数字时代, title-labels.tsv):
     * an archive page saved without URL, source or images still shows whose column it ran in.
     */
    Optional<String> publisherOfTitleLabel(String title) {
        Matcher m = TITLE_LABEL.matcher(title);
        return m.find() ? Optional.ofNullable(publishersByTitleLabel.get(m.group(1))) : Optional.empty();
    }

    /** Whether the name is a known outlet's publisher name (publishers.tsv, second column). */
    boolean isPublisherName(String name) {
        return publishersByHost.containsValue(name.strip());
    }

    private boolean isOutletName(String name) {
        for (Set<String> names : titleNamesByPublisher.values()) {
            for (String outlet : names) {
                if (outlet.equalsIgnoreCase(name) || name.startsWith(outlet)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Optional<String> host(String url) {
        String stripped = url.strip();
        try {
            return Optional.ofNullable(URI.create(stripped).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Matcher m = URL_HOST.matcher(stripped);
            return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        }
    }

    /**
     * The title without the outlet's own name set off at its end (标题 – 法国国际广播电台 - RFI →
     * 标题) or the programme it ran in (标题 - 今日经济): labels that page titles carry, which are
     * not the article's words. Only the outlet's known names and programmes are removed; other
     * tails stay, since nothing else tells them from a title's own last clause.
     */
    String withoutOutletName(String title, String publisher) {
        Set<String> names = titleNamesByPublisher.getOrDefault(publisher, Set.of(publisher));
        String rest = title;
        while (true) {
            Matcher m = TITLE_TAIL.matcher(rest);
            if (!m.find()) {
                return rest;
            }
            String tail = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String before = rest.substring(0, m.start()).strip();
            if (!names.contains(tail) || before.isEmpty()) {
                return rest;
            }
            rest = before;
        }
    }

    /** Reporters named in bylines near the start or end of the article (记者张婷, 撰稿 王明, SAMMI ZHENG). */
    List<String> authors(List<String> lines) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i >= 6 && i < n - 6) {
                continue;
            }
            String line = lines.get(i);
            if (line.length() <= 60 && LATIN_BYLINE.matcher(line).matches()) {
                for (String name : LIST_SEPARATOR.split(line)) {
                    names.add(name.strip());
                }
                continue;
            }
            // The opening byline first: its credits are in the order the page gives them.
            if (i < 6) {
                names.addAll(openingBylineNames(line));
            }
            for (MatchResult m : REPORTER.findAll(line)) {
                // 记者：好的，谢谢您接受我的采访。 and 记者：任志刚（…）也说，…你觉得…？ are the interviewer's
                // turns in a transcript, not bylines: a byline ends without a sentence.
                if (INTERVIEWER.matcher(line).region(m.start(), line.length()).lookingAt()
                        && SENTENCE_END.matcher(line).region(m.end(), line.length()).find()) {
                    continue;
                }
                names.addAll(namesOf(m.group(1), false));
            }
            for (MatchResult m : BRACKETED_RUN_ON.findAll(line)) {
                names.addAll(namesOf(m.group(1), false));
            }
            for (MatchResult m : REPORTER_RUN_ON.findAll(line)) {
                // With no colon or space after the role word, only a surname tells a name from the
                // words of a sentence (记者在四川采访, 记者却纷纷采访, 记者的调查报道).
                names.addAll(namesOf(m.group(1), true));
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * The people an opening byline credits: reporters and writers, in Latin letters or Chinese, with
     * the place they filed from cut off (（大纪元记者叶依帆、张家熙香港报导） → 叶依帆, 张家熙), and the
     * compiler of a translated report (（英文大纪元记者Bowen Xiao报导／陈霆编译） → Bowen Xiao, 陈霆).
     * Without 记者 or 作者 before it, a Chinese name must start with a surname: （本台综合报导） names no one.
     */
    List<String> openingBylineNames(String line) {
        Matcher m = OPENING_BYLINE.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String credit : OPENING_CREDIT_SPLIT.split(m.group(1).strip())) {
            Matcher field = AUTHOR_CREDIT.matcher(credit);
            Matcher c = OPENING_CREDIT.matcher(credit);
            String who;
            boolean roleWord;
            if (field.matches()) {
                who = field.group(1);
                roleWord = true;
            } else if (c.matches() && !c.group(3).equals("翻译")) {
                who = c.group(2);
                roleWord = c.group(1) != null;
            } else {
                continue;
            }
            Matcher latin = LATIN_WHO.matcher(who);
            if (latin.matches()) {
                // Renate Lilge-Stodieck 德国: a Latin name may be followed by a place, nothing else.
                if (!latin.group(2).isEmpty() && !places.startsWithPlace(latin.group(2))) {
                    continue;
                }
                for (String name : LATIN_NAME_SEPARATOR.split(latin.group(1))) {
                    if (LATIN_PERSON.matcher(name.strip()).matches()) {
                        names.add(name.strip());
                    }
                }
                continue;
            }
            for (String part : LIST_SEPARATOR.split(who)) {
                // 周慧心、特约记者林澜: a role word inside the list belongs to the next name.
                String name = REPORTER_BEFORE_NAME.matcher(part).replaceFirst("");
                // The place may end in letters (林乐予美国华盛顿DC): only the name must be all Han.
                Optional<String> person = name.length() >= 2 && name.length() <= 3 && !places.onlyPlaces(name)
                        ? Optional.of(name) : places.nameBefore(name);
                person.filter(Metadata::allHan).filter(p -> roleWord || startsWithSurname(p))
                        .filter(p -> !isOutletName(p)).ifPresent(names::add);
            }
        }
        return names;
    }

    /**
     * The names of a byline's name list. 和 and 与 join two names only when both sides are names
     * (程静和李明); in 王和 or 王和岩 the character belongs to the name.
     */
    private List<String> namesOf(String list, boolean needSurname) {
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(list)) {
            String[] joined = NAME_JOINER.split(part);
            boolean twoNames = joined.length > 1 && java.util.Arrays.stream(joined).allMatch(j -> j.length() >= 2);
            for (String name : twoNames ? java.util.Arrays.asList(joined) : List.of(part)) {
                if (name.length() >= 2 && (!needSurname || startsWithSurname(name))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean allHan(String text) {
        return text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private boolean startsWithSurname(String name) {
        return surnames.contains(name.substring(0, 1))
                || name.length() >= 3 && surnames.contains(name.substring(0, 2));
    }

    /** Whether the outlet opens its articles with the writers' names before the standfirst (lead-bylines.txt). */
    boolean leadsWithWriters(String publisher) {
        return leadingWithWriters.contains(publisher);
    }

    /**
     * The writers named before the colon that opens a standfirst (加内什：…, 程实、高欣弘：…); empty when
     * the words before the colon are not all name-sized (本周值得关注的数据有：…).
     */
    static List<String> leadWriters(String line) {
        Matcher m = LEAD_WRITERS.matcher(line);
        return m.find() ? List.of(ENUMERATION_COMMA.split(m.group(1))) : List.of();
    }

    /** Names given in an author field (作者： 甲、乙); parts too long to be a name are left out. */
    static List<String> namesIn(String field) {
        List<String> names = new ArrayList<>();
        for (String part : FIELD_LIST_SEPARATOR.split(field)) {
            String name = part.strip();
            if (!name.isEmpty() && name.length() <= 20) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean isLatinByline(String line) {
        return line.length() <= 60 && LATIN_BYLINE.matcher(line).matches();
    }

    /** The editor named in the last lines (责任编辑：林妍). */
    static Optional<String> editor(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
            List<MatchResult> found = EDITOR.findAll(lines.get(i));
            if (!found.isEmpty()) {
                return Optional.of(found.get(0).group(1));
            }
        }
        return Optional.empty();
    }
}
