package org.zhextract.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit lines that close an article: {@code 责任编辑：林妍} (大纪元), {@code 记者：韩洁 责编：申铧
 * 网编：洪伟} (自由亚洲电台), {@code 编译 高思佳；审校 母红} (路透), {@code 译者/何黎} (金融时报). They name the
 * people behind the page, and the ingester records the reporters and the editor from them. The lines
 * stay in the text: the annotated seeds keep 责任编辑：林妍 and count 林妍 as a person there.
 *
 * <p>A line is a credit line only when it is nothing but role words and names; a role word inside
 * prose (该书责任编辑所描述的…, 记者：好的，谢谢…) or a credit inside a note with other words
 * （翻译：实习生赵敏竹。责任编辑：王鹏） is not. Stateless.
 */
final class Credits {

    /** Who the credited names are: authors of the text, its editor, or neither (web editor, translator). */
    private enum Role { AUTHOR, FILER, EDITOR, COPY_EDITOR, OTHER }

    /** The names a credit line gives: reporters and writers in order, and the editor if any. */
    record Line(List<String> authors, Optional<String> editor) {
        Line {
            authors = List.copyOf(authors);
        }
    }

    // Longer role words before the words they contain (文字整理 before 整理, 责任编辑 before 编辑).
    private static final String AUTHOR_ROLES = "采访记者|记者|撰稿|撰文|撰写|采写|编译|作者|[Rr]eporting by|Writing by";
    /**
     * Reuters' 编译/审校 A/B/C credits the desk's compilers and copy editors in one list: each named
     * compiled part of the text, so all are authors, and none is named the editor.
     */
    private static final String JOINT_ROLES = "编译/审校|编译／审校";
    /**
     * Reuters' 发稿 files the story: its writer when no one else is credited with the writing
     * (发稿 许菁；审校 杨淑祯), not beside a 撰写 (发稿 沈燕；撰写 许菁；审校 吴云凌).
     */
    private static final String FILER_ROLES = "发稿";
    /** 本文编辑 is the FT's editor of the piece (本文编辑徐瑾). */
    private static final String EDITOR_ROLES = "责任编辑|责编|本文编辑";
    /**
     * 审校 is Reuters' copy editor, 核稿 the Central News Agency's (（译者：陈家伦/核稿：张佑之）), Editing by
     * the English wires': the editor when no 责任编辑 is named.
     */
    private static final String COPY_EDITOR_ROLES = "审校|核稿|值班编辑|编辑|Editing by";
    private static final String OTHER_ROLES = "文字整理|图文整理|视频编辑|网编|美编|翻译|译者|制作|校对|摄影|摄像"
            + "|Additional reporting by";
    // 整理 after 文字整理 and 图文整理: a compiler (Reuters' 整理 X) writes the text; a transcriber
    // of a programme (文字整理) does not.
    private static final String ROLES = OTHER_ROLES + "|" + EDITOR_ROLES + "|" + COPY_EDITOR_ROLES + "|"
            + JOINT_ROLES + "|" + AUTHOR_ROLES + "|" + FILER_ROLES + "|整理";
    /**
     * A name: Han characters that do not start a role word (记者：乔龙 责编：… never reads 责编 as a
     * name) or 报道 (记者在现场报道 is a sentence). Up to seven for a desk (路透中文新闻部).
     */
    private static final String HAN_NAME = "(?:(?!" + ROLES + "|报道|报导)\\p{IsHan}){2,7}";
    /** A name in Latin letters: two to four capitalised words (Sankalp Phartiyal, Yew Lun Tian). */
    private static final String LATIN_NAME = "[A-Z][A-Za-z.'-]+(?: (?!and |in )[A-Z][A-Za-z.'-]+){1,3}";
    private static final String NAME = "(?:" + LATIN_NAME + "|" + HAN_NAME + ")";
    /** Where an English credit's reporters filed from (Reporting by A and B in Washington). */
    private static final String FILED_IN = "(?:\\s+in\\s+[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*)?";
    private static final String NAMES = NAME + "(?:\\s*[、/／]\\s*" + NAME + "|\\s*,\\s*" + NAME
            + "|\\s+and\\s+" + NAME + "|\\s+" + NAME + ")*" + FILED_IN;
    private static final Pattern SEGMENT = Pattern.compile(
            "(" + ROLES + ")\\s*[：:｜|/／丨]?\\s*(" + NAMES + ")");
    /** 自由亚洲电台记者 夏小华 台北报导: the outlet, the reporter and where the report was filed. */
    private static final Pattern REPORT = Pattern.compile(
            "\\p{IsHan}{0,8}?记者\\s*[：:]?\\s*([\\p{IsHan}、 ]{2,20}?(?:报道|报导))");
    // The report first: at 记者在现场报道 a role and a name (记者 在现场) would also fit.
    private static final String PART = "(?:" + REPORT.pattern() + "|" + SEGMENT.pattern() + ")";
    private static final Pattern PART_PATTERN = Pattern.compile(PART);
    private static final Pattern LINE = Pattern.compile(
            "[（(]?\\s*" + PART + "(?:\\s*[；;，,|｜/／]?\\s*" + PART + ")*\\s*[)）]?");
    /**
     * Credits in brackets that close a line of prose: …（完） (记者 梁慧仪; 审校 杨淑祯), …here (发稿 宿泱韫;
     * 审校 张喜良), …（译者：陈家伦/核稿：张佑之）.
     */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("[（(]([^（()）]{2,80})[)）]$");
    /** A person's name among the credited: two to four Han characters (路透中文新闻部 is a desk), or a Latin name. */
    private static final Pattern PERSON = Pattern.compile("\\p{IsHan}{2,4}|" + LATIN_NAME);
    private static final Pattern NAME_TOKEN = Pattern.compile(LATIN_NAME + "|\\p{IsHan}+");
    // compiled once rather than by String.replaceAll and split on every credit line
    private static final Pattern PLACE_AFTER_NAMES = Pattern.compile("\\s+in\\s+[A-Z].*$");
    private static final Pattern REPORTED_AT_END = Pattern.compile("(?:报道|报导)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What pages leave after the last credit: the editor's e-mail address, the feed's hashtag mark, stray symbols. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:\\s+[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?[\\s#@*]*$");

    private Credits() {
    }

    /**
     * The names in {@code line} if the whole line is credits, or if it closes with a bracketed group
     * of two or more credits; else empty. {@code places} tells a reporter's name from the place
     * run into it (记者家傲华盛顿报道).
     */
    static Optional<Line> of(String line, ReportPlaces places) {
        String clean = TRAILING_MARKS.matcher(line.strip()).replaceAll("");
        if (clean.length() <= 120 && LINE.matcher(clean).matches()) {
            return read(clean, places);
        }
        // A single credit in brackets after prose is often something else (（作者提供） under a photo);
        // two or more, with their separators, are a credit list.
        Matcher closing = CLOSING_BRACKET.matcher(clean);
        if (closing.find() && LINE.matcher(closing.group(1).strip()).matches()) {
            Matcher parts = PART_PATTERN.matcher(closing.group(1));
            int count = 0;
            while (parts.find()) {
                count++;
            }
            if (count >= 2) {
                return read(closing.group(1).strip(), places);
            }
        }
        return Optional.empty();
    }

    private static Optional<Line> read(String clean, ReportPlaces places) {
        List<String> authors = new ArrayList<>();
        List<String> filers = new ArrayList<>();
        Optional<String> editor = Optional.empty();
        Optional<String> copyEditor = Optional.empty();
        boolean onlyReports = true;
        Matcher part = PART_PATTERN.matcher(clean);
        while (part.find()) {
            if (part.group(1) != null) {
                authors.addAll(reportedBy(part.group(1), places));
                continue;
            }
            onlyReports = false;
            List<String> names = people(part.group(3));
            switch (role(part.group(2))) {
                case AUTHOR -> authors.addAll(names);
                case FILER -> filers.addAll(names);
                case EDITOR -> editor = editor.or(() -> names.stream().findFirst());
                case COPY_EDITOR -> copyEditor = copyEditor.or(() -> names.stream().findFirst());
                case OTHER -> { }
            }
        }
        // A lone 某台记者某某某某地报道 is also how a report's first sentence can begin: without a
        // role word beside it, the line stays in the text.
        if (onlyReports) {
            return Optional.empty();
        }
        if (authors.isEmpty()) {
            authors.addAll(filers);
        }
        Optional<String> fallback = copyEditor;
        return Optional.of(new Line(authors.stream().distinct().toList(), editor.or(() -> fallback)));
    }

    /** The role lists as whole-word patterns, compiled once (role runs for every word of every credit line). */
    private static final Pattern EDITOR_ROLE = Pattern.compile(EDITOR_ROLES);
    private static final Pattern COPY_EDITOR_ROLE = Pattern.compile(COPY_EDITOR_ROLES);
    private static final Pattern FILER_ROLE = Pattern.compile(FILER_ROLES);
    private static final Pattern AUTHOR_ROLE = Pattern.compile(AUTHOR_ROLES + "|" + JOINT_ROLES + "|整理");

    private static Role role(String word) {
        if (EDITOR_ROLE.matcher(word).matches()) {
            return Role.EDITOR;
        }
        if (COPY_EDITOR_ROLE.matcher(word).matches()) {
            return Role.COPY_EDITOR;
        }
        if (FILER_ROLE.matcher(word).matches()) {
            return Role.FILER;
        }
        if (AUTHOR_ROLE.matcher(word).matches()) {
            return Role.AUTHOR;
        }
        return Role.OTHER;
    }

    /** The people among a credit's names, in order; where they filed from (in Washington) is no name. */
    private static List<String> people(String names) {
        List<String> people = new ArrayList<>();
        Matcher token = NAME_TOKEN.matcher(PLACE_AFTER_NAMES.matcher(names).replaceAll(""));
        while (token.find()) {
            if (PERSON.matcher(token.group()).matches()) {
                people.add(token.group());
            }
        }
        return people;
    }

    /**
     * The reporters of 记者 夏小华 台北报导 or 记者夏小华、李宗翰 台北报导: the names before the place
     * when spaces set them apart, and a name run into a known place (记者家傲华盛顿报道, 郑日尧台北).
     */
    private static List<String> reportedBy(String rest, ReportPlaces places) {
        String run = REPORTED_AT_END.matcher(rest.strip()).replaceAll("").strip();
        String[] words = SPACES.split(run);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String[] names = words[i].split("、");
            for (int j = 0; j < names.length; j++) {
                String name = names[j];
                boolean last = i == words.length - 1 && j == names.length - 1;
                if (!last && PERSON.matcher(name).matches() && !places.onlyPlaces(name)) {
                    people.add(name);
                } else if (last) {
                    places.nameBefore(name).ifPresent(people::add);
                }
            }
        }
        return people;
    }
}
