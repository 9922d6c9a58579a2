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
    private static final String AUTHOR_ROLES = "采访记者|记者|撰稿|撰文|撰写|采写|编译|作者";
    /**
     * Reuters' 发稿 files the story: its writer when no one else is credited with the writing
     * (发稿 许菁；审校 杨淑祯), not beside a 撰写 (发稿 沈燕；撰写 许菁；审校 吴云凌).
     */
    private static final String FILER_ROLES = "发稿";
    private static final String EDITOR_ROLES = "责任编辑|责编";
    /** 审校 is Reuters' copy editor: the editor when no 责任编辑 is named. */
    private static final String COPY_EDITOR_ROLES = "审校|编辑";
    private static final String OTHER_ROLES = "文字整理|图文整理|视频编辑|网编|美编|翻译|译者|制作|校对|摄影|摄像";
    // 整理 after 文字整理 and 图文整理: a compiler (Reuters' 整理 X) writes the text; a transcriber
    // of a programme (文字整理) does not.
    private static final String ROLES = OTHER_ROLES + "|" + EDITOR_ROLES + "|" + COPY_EDITOR_ROLES + "|"
            + AUTHOR_ROLES + "|" + FILER_ROLES + "|整理";
    /**
     * A name: Han characters that do not start a role word (记者：乔龙 责编：… never reads 责编 as a
     * name) or 报道 (记者在现场报道 is a sentence). Up to seven for a desk (路透中文新闻部).
     */
    private static final String NAME = "(?:(?!" + ROLES + "|报道|报导)\\p{IsHan}){2,7}";
    private static final String NAMES = NAME + "(?:\\s*[、/／]\\s*" + NAME + "|\\s+" + NAME + ")*";
    private static final Pattern SEGMENT = Pattern.compile(
            "(" + ROLES + ")\\s*[：:｜|/／丨]?\\s*(" + NAMES + ")");
    /** 自由亚洲电台记者 夏小华 台北报导: the outlet, the reporter and where the report was filed. */
    private static final Pattern REPORT = Pattern.compile(
            "\\p{IsHan}{0,8}?记者\\s*[：:]?\\s*([\\p{IsHan} ]{2,20}?(?:报道|报导))");
    // The report first: at 记者在现场报道 a role and a name (记者 在现场) would also fit.
    private static final String PART = "(?:" + REPORT.pattern() + "|" + SEGMENT.pattern() + ")";
    private static final Pattern PART_PATTERN = Pattern.compile(PART);
    private static final Pattern LINE = Pattern.compile(
            "[（(]?\\s*" + PART + "(?:\\s*[；;，,|｜]?\\s*" + PART + ")*\\s*[)）]?");
    /** A person's name among the credited: two to four Han characters (路透中文新闻部 is a desk). */
    private static final Pattern PERSON = Pattern.compile("\\p{IsHan}{2,4}");
    /** What pages leave after the last credit: the feed's hashtag mark, stray symbols. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s#@*]+$");

    private Credits() {
    }

    /** The names in {@code line} if the whole line is credits, else empty. */
    static Optional<Line> of(String line) {
        String clean = TRAILING_MARKS.matcher(line.strip()).replaceAll("");
        if (clean.length() > 120 || !LINE.matcher(clean).matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        List<String> filers = new ArrayList<>();
        Optional<String> editor = Optional.empty();
        Optional<String> copyEditor = Optional.empty();
        boolean onlyReports = true;
        Matcher part = PART_PATTERN.matcher(clean);
        while (part.find()) {
            if (part.group(1) != null) {
                authors.addAll(reportedBy(part.group(1)));
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

    private static Role role(String word) {
        if (word.matches(EDITOR_ROLES)) {
            return Role.EDITOR;
        }
        if (word.matches(COPY_EDITOR_ROLES)) {
            return Role.COPY_EDITOR;
        }
        if (word.matches(FILER_ROLES)) {
            return Role.FILER;
        }
        if (word.matches(AUTHOR_ROLES + "|整理")) {
            return Role.AUTHOR;
        }
        return Role.OTHER;
    }

    private static List<String> people(String names) {
        List<String> people = new ArrayList<>();
        for (String name : names.split("\\s*[、/／]\\s*|\\s+")) {
            if (PERSON.matcher(name).matches()) {
                people.add(name);
            }
        }
        return people;
    }

    /**
     * The reporter of 记者 夏小华 台北报导: the names before the place when spaces set them apart.
     * Run together (记者郑崇生华盛顿报道) nothing tells the name from the place, so none is taken.
     */
    private static List<String> reportedBy(String rest) {
        String[] words = rest.strip().split("\\s+");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            if (PERSON.matcher(words[i]).matches()) {
                people.add(words[i]);
            }
        }
        return people;
    }
}
