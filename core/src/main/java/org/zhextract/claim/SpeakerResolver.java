package org.zhextract.claim;

import static org.zhextract.claim.SourceWalker.COORDINATORS;
import static org.zhextract.claim.SourceWalker.INTERPUNCTS;
import static org.zhextract.claim.SourceWalker.MAX_SOURCE_ASIDE;
import static org.zhextract.claim.SourceWalker.ORG_ENDINGS;

import java.util.List;
import java.util.Optional;
import org.zhextract.claim.ClaimExtractor.ClaimDraft;
import org.zhextract.claim.ClaimExtractor.MentionRef;
import org.zhextract.claim.ClaimExtractor.SpeakerKind;
import org.zhextract.model.EntityType;

/**
 * Sets the speaker of a claim from its source phrase: the name after a title (发言人普赖斯 →
 * 普赖斯) or before a trailing one (普京总统), the entity it names, a group (美国和日本), a pronoun or
 * a document word resolved by {@link Antecedents}, and the kind a later pronoun refers back by.
 * One per document.
 */
final class SpeakerResolver extends DocumentPart {

    /** Ricky, Kester Mann: a capitalized Latin name (not UHS, an acronym) standing alone as a source. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Z][a-z]+(?:[ ·][A-Z][a-z]+){0,2}");

    /** Titles after a name that name someone acting for that person: 佩洛西（Pelosi）发言人 is her spokesperson. */
    private static final java.util.Set<String> AGENT_TITLES = java.util.Set.of("发言人", "女发言人", "代表", "律师", "助理", "顾问", "秘书");

    private final Antecedents antecedents;
    private final Clauses clauses;

    SpeakerResolver(ClaimContext context, Antecedents antecedents, Clauses clauses) {
        super(context);
        this.antecedents = antecedents;
        this.clauses = clauses;
    }

    /**
     * Sets the speaker of a draft from its source phrase: the name after a title (发言人普赖斯 →
     * 普赖斯), the entity there (a PERSON at the right end first), or a pronoun resolved to an
     * earlier speaker. False when the phrase is no usable source.
     */
    boolean attachSpeaker(ClaimDraft draft, Subject subject, int cueAt) {
        int start = subject.start();
        int end = subject.end();
        String whole = text.substring(start, end);
        Optional<String> pronoun = lexicon.detail("pronoun", whole);
        if (pronoun.isPresent()) {
            draft.speakerStart = start;
            draft.speakerEnd = end;
            antecedents.resolvePronoun(draft, pronoun.get(), start);
            return true;
        }
        // the name after the last title: 美国国务院发言人普赖斯 → 普赖斯
        int headStart = start;
        for (int k = start; k < end; k++) {
            for (String title : lexicon.wordsAt("title", text, k, end)) {
                int after = k + title.length();
                // 港区全国政协委员、企业家李大壮: a title before 、 is one of a list of titles, not before the name
                if (after > headStart && after <= end - 2 && !endsInsideWord(after) && text.charAt(after) != '、'
                        && looksLikeName(after, end)) {
                    headStart = after;
                }
            }
        }
        int headEnd = end;
        // 普京总统: a trailing title after a person's name
        Optional<String> trailingTitle = lexicon.longestSuffix("title", text, start, end);
        if (headStart == start && trailingTitle.isPresent()) {
            int titleStart = end - trailingTitle.get().length();
            int nameEnd = titleStart;
            if (nameEnd > start && "）)".indexOf(text.charAt(nameEnd - 1)) >= 0 && !AGENT_TITLES.contains(trailingTitle.get())) {
                int open = Math.max(text.lastIndexOf('（', nameEnd - 1), text.lastIndexOf('(', nameEnd - 1));
                if (open > start && nameEnd - open <= MAX_SOURCE_ASIDE + 2) {
                    nameEnd = open;   // 川普（特朗普）总统: the name before its aside and title
                }
            }
            Optional<MentionRef> person = doc.mentionEndingAt(nameEnd).filter(m -> m.type() == EntityType.PERSON);
            if (person.isPresent() && person.get().start() >= start) {
                headStart = person.get().start();
                headEnd = nameEnd;
            }
        }
        if (headStart > start) {
            headEnd = nameBeforeGloss(headStart, headEnd);
        }
        int lastDe = text.substring(headStart, headEnd).lastIndexOf('的') + headStart;
        if (lastDe >= headStart && doc.personWithin(lastDe + 1, headEnd).isPresent()) {
            headStart = lastDe + 1;
        }
        draft.speakerStart = headStart;
        draft.speakerEnd = headEnd;
        String head = text.substring(headStart, headEnd);
        boolean coordination = head.contains("、") || coordinatesMentions(headStart, headEnd);
        Optional<String> descriptive = lexicon.longestSuffix("descriptive", text, headStart, headEnd);
        Optional<MentionRef> entity = Optional.empty();
        if (!coordination) {
            // 与许章润有密切来往的消息人士, 何德富的辩护律师: a name before the last 的 modifies a head that is
            // someone else, and is not the speaker, unless it is what the head is called (一位名叫张三的律师);
            // before a head that is no person (刘锐绍的分析, 巴尔的演讲) the name stays the source
            int ownStart = lastDe >= headStart && headIsAnotherPerson(lastDe + 1, headEnd) && !namesTheHead(headStart, lastDe)
                    ? lastDe + 1 : headStart;
            entity = doc.personWithin(ownStart, headEnd);
            if (entity.isEmpty()) {
                int from = ownStart;
                entity = doc.mentionEndingAt(headEnd).filter(m -> m.start() >= from);
            }
            if (entity.isEmpty() && headEnd - headStart == 1) {
                entity = doc.surnameAntecedent(headStart)   // 阮表示: the person named earlier, as a pronoun would be
                        .filter(m -> m != AnnotatedText.AMBIGUOUS_SURNAME);
            }
        }
        draft.speakerEntity = entity.map(MentionRef::entityId);
        if (entity.isEmpty() && !coordination) {
            draft.speakerEntity = antecedents.publisherOf(head, draft.paragraph, headStart, cueAt);   // 报道称 after 据《华尔街日报》报道
        }
        if (coordination || head.endsWith("们")
                || descriptive.flatMap(d -> lexicon.detail("descriptive", d)).filter("plural"::equals).isPresent()
                && entity.isEmpty()) {
            draft.speakerKind = SpeakerKind.PLURAL;
        } else if (entity.isPresent()) {
            draft.speakerKind = switch (entity.get().type()) {
                case PERSON -> SpeakerKind.PERSON;
                case ORG -> SpeakerKind.ORG;
                case LOC -> SpeakerKind.PLACE;
                case EVENT -> SpeakerKind.UNKNOWN;
            };
        } else if (headStart > start || lexicon.longestSuffix("title", text, headStart, headEnd).isPresent()) {
            draft.speakerKind = SpeakerKind.PERSON;   // a name after a title, or one named by a title (泰国陆军总司令)
        } else if (ORG_ENDINGS.indexOf(head.charAt(head.length() - 1)) >= 0) {
            draft.speakerKind = SpeakerKind.ORG;
        } else if (LATIN_NAME.matcher(head).matches()) {
            draft.speakerKind = SpeakerKind.PERSON;   // Ricky指出，…他说: a name no entity covers; a later 他 is this one
        }
        return true;
    }

    /**
     * 总理戴安伯（Ambrose Dlamini）联大: a name after a title ends at its gloss when more than a title
     * follows the gloss (where or how it was said); the end of the name then, else {@code headEnd}.
     * 总统拜登（Joe Biden）发言人 keeps its trailing title.
     */
    private int nameBeforeGloss(int headStart, int headEnd) {
        for (MentionRef m : doc.mentionsWithin(headStart, headEnd)) {
            if (m.start() != headStart || m.type() != EntityType.PERSON || m.end() >= headEnd
                    || "（(".indexOf(text.charAt(m.end())) < 0) {
                continue;
            }
            int close = clauses.closingBracket(m.end(), headEnd);
            if (close > 0 && close + 1 < headEnd && lexicon.longestSuffix("title", text, close + 1, headEnd).isEmpty()
                    && lexicon.longestSuffix("descriptive", text, close + 1, headEnd).isEmpty()
                    && COORDINATORS.indexOf(text.charAt(close + 1)) < 0 && text.charAt(close + 1) != '、'
                    && !endsInOrganizationWord(close + 1, headEnd)) {
                return m.end();
            }
        }
        return headEnd;
    }

    /** 拉斯金（Jamie Raskin）办公室: whether {@code [from, to)} ends in an organization word (the office speaks, not the name). */
    private boolean headIsAnotherPerson(int from, int to) {
        return from < to && (lexicon.longestSuffix("personhead", text, from, to).isPresent()
                || lexicon.longestSuffix("title", text, from, to).isPresent());
    }

    /** 名叫张三的, 化名李四的: the person named in {@code [from, to)} right after a verb of calling (role calling). */
    private boolean namesTheHead(int from, int to) {
        Optional<MentionRef> person = doc.personWithin(from, to);
        if (person.isEmpty()) {
            return false;
        }
        int nameStart = person.get().start();
        return lexicon.longestSuffix("calling", text, from, nameStart).isPresent();
    }

    private boolean endsInOrganizationWord(int from, int to) {
        int k = doc.firstTokenAtOrAfter(to) - 1;
        if (k < 0 || k >= tokens.size() || tokens.get(k).end() != to || tokens.get(k).start() < from) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return pos.startsWith("nis") || pos.startsWith("nit") || pos.startsWith("nt") || ORG_ENDINGS.indexOf(text.charAt(to - 1)) >= 0
                || text.charAt(to - 1) == '室';
    }

    /** 军事委员会成员柯顿: a title (委员) that ends inside a longer word (委员会) is none. */
    private boolean endsInsideWord(int at) {
        int k = doc.firstTokenAtOrAfter(at - 1);
        return k < tokens.size() && tokens.get(k).end() > at && tokens.get(k).start() < at
                && !tokens.get(k).pos().startsWith("nr") && !(doc.insideMention(at) && !doc.insideMention(at - 1));
    }

    /** Whether {@code [from, to)} can be a name after a title: a person, an interpunct name or a short word. */
    private boolean looksLikeName(int from, int to) {
        if (doc.isTimeAt(from) || COORDINATORS.indexOf(text.charAt(from)) >= 0) {
            return false;   // 川普总统周三…说: a weekday is no name; 川普总统和其他人: a coordination
        }
        if (doc.personWithin(from, to).isPresent()) {
            return true;
        }
        // 执行主任史密斯（Marion Smith）: a bracketed gloss after the name is no part of the test
        int gloss = from + 1;
        while (gloss < to && text.charAt(gloss) != '（' && text.charAt(gloss) != '(') {
            gloss++;
        }
        if (gloss < to - 1 && (text.charAt(to - 1) == '）' || text.charAt(to - 1) == ')')) {
            to = gloss;
        }
        String rest = text.substring(from, to);
        if (rest.chars().anyMatch(c -> INTERPUNCTS.indexOf(c) >= 0)) {
            return true;
        }
        List<MentionRef> inside = doc.mentionsWithin(from, to);
        if (inside.size() == 1 && inside.get(0).start() == from && inside.get(0).end() == to) {
            return true;
        }
        int only = doc.firstTokenAtOrAfter(from);
        if (only < tokens.size() && tokens.get(only).start() == from && tokens.get(only).end() == to
                && tokens.get(only).pos().startsWith("v")) {
            return false;   // 司令给予: a verb after a title is no name
        }
        return inside.isEmpty() && rest.length() <= 4 && ORG_ENDINGS.indexOf(rest.charAt(rest.length() - 1)) < 0
                && lexicon.longestSuffix("title", text, from, to).isEmpty()
                && lexicon.longestSuffix("medium", text, from, to).isEmpty()
                && lexicon.longestSuffix("descriptive", text, from, to).isEmpty();
    }

    /** Whether the speaker joins names (美国和日本) or a name and others (川普总统和其他共和党人): a group, no one entity. */
    private boolean coordinatesMentions(int from, int to) {
        List<MentionRef> inside = doc.mentionsWithin(from, to);
        for (int k = 0; k + 1 < inside.size(); k++) {
            String between = text.substring(inside.get(k).end(), inside.get(k + 1).start());
            if (between.length() == 1 && COORDINATORS.contains(between) || between.equals("以及")) {
                return true;
            }
        }
        // a name, its title, then 和 + others: 川普总统和其他共和党人, 李女士和家人
        for (MentionRef m : inside) {
            int at = m.end() + lexicon.longestPrefix("title", text, m.end(), to).map(String::length).orElse(0);
            int coordinator = at < to && COORDINATORS.indexOf(text.charAt(at)) >= 0 ? 1 : text.startsWith("以及", at) ? 2 : 0;
            if (coordinator > 0 && lexicon.longestPrefix("others", text, at + coordinator, to).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
