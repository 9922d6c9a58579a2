package org.zhextract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhextract.model.Claim;
import org.zhextract.model.ClaimForm;
import org.zhextract.model.Entity;
import org.zhextract.model.EntityType;
import org.zhextract.model.Mention;
import org.zhextract.model.Quantity;
import org.zhextract.model.Span;
import org.zhextract.model.Speaker;
import org.zhextract.model.TimeValue;
import org.zhextract.model.Token;
import org.zhextract.text.DocumentText;

/**
 * Finds claims (who said, announced, warned or believes what) and attaches the entities, times
 * and quantities inside their content.
 *
 * <pre>{@code
 * 美国国务院发言人普赖斯表示，俄罗斯将面临制裁。
 *   → speaker 普赖斯 (the PERSON entity there), cue 表示, content 俄罗斯将面临制裁, indirect
 * “我们会赢。”他说。
 *   → speaker 他 (resolved to the last person who spoke), cue 说, content 我们会赢。, direct
 * }</pre>
 *
 * <p>Cues and the words around them come from {@link ClaimLexicon}; sources are found from the
 * segmented tokens (a run of nominal words before the cue), so no parser is needed. Sourceless
 * frames (被认为, 据悉, 有分析认为) yield no claim.
 *
 * <p>Immutable and thread-safe: each call keeps its state in a per-document pass.
 */
public final class ClaimExtractor {

    private final ClaimLexicon lexicon;

    /** Loads the lexicon shipped with the library. */
    public ClaimExtractor() {
        this(ClaimLexicon.load());
    }

    public ClaimExtractor(ClaimLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The claims of one document, with ids {@code C1, C2, …} in text order.
     *
     * @param tokens the document's tokens in text order (their parts of speech delimit sources)
     */
    public List<Claim> extract(DocumentText document, List<Token> tokens, List<Entity> entities,
                               List<TimeValue> times, List<Quantity> quantities) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(quantities, "quantities");
        List<ClaimDraft> drafts = new DocumentPass(lexicon, document, tokens, entities, times).run();
        drafts.sort(Comparator.comparingInt(ClaimDraft::anchor).thenComparingInt(d -> d.contentStart));
        List<MentionRef> mentions = new ArrayList<>();
        if (!drafts.isEmpty()) {
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    mentions.add(new MentionRef(m.start(), m.end(), e.id(), e.type()));
                }
            }
            mentions.sort(Comparator.comparingInt(MentionRef::start));
        }
        List<Claim> claims = new ArrayList<>();
        for (ClaimDraft d : drafts) {
            claims.add(toClaim("C" + (claims.size() + 1), d, document, mentions, times, quantities));
        }
        return List.copyOf(claims);
    }

    /** Builds the claim; {@code mentions} are every entity mention by code points, sorted by start. */
    private static Claim toClaim(String id, ClaimDraft d, DocumentText document, List<MentionRef> mentions,
                                 List<TimeValue> times, List<Quantity> quantities) {
        Span content = document.spanOfChars(d.contentStart, d.contentEnd);
        Speaker speaker;
        if (d.speakerStart >= 0) {
            Span span = document.spanOfChars(d.speakerStart, d.speakerEnd);
            speaker = new Speaker(Optional.of(document.slice(span)), Optional.of(span), d.speakerEntity);
        } else {
            speaker = new Speaker(Optional.empty(), Optional.empty(), d.speakerEntity);
        }
        // entities in the order of their first mention inside the content
        LinkedHashSet<String> entityIds = new LinkedHashSet<>();
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < content.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < mentions.size() && mentions.get(k).start() < content.end(); k++) {
            if (mentions.get(k).end() <= content.end()) {
                entityIds.add(mentions.get(k).entityId());
            }
        }
        List<String> timeIds = new ArrayList<>();
        for (TimeValue t : times) {
            if (t.start() >= content.start() && t.end() <= content.end()) {
                timeIds.add(t.id());
            }
        }
        List<String> quantityIds = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.start() >= content.start() && q.end() <= content.end()) {
                quantityIds.add(q.id());
            }
        }
        return new Claim(id, speaker, d.cue, new Claim.Content(document.slice(content), content.start(), content.end()),
                d.form, d.via, List.copyOf(entityIds), timeIds, quantityIds);
    }

    /** A claim under construction, in char indices of the document text. */
    static final class ClaimDraft {
        int speakerStart = -1;
        int speakerEnd = -1;
        Optional<String> speakerEntity = Optional.empty();
        SpeakerKind speakerKind = SpeakerKind.UNKNOWN;
        String cue;
        int cueStart;
        int contentStart;
        int contentEnd;
        ClaimForm form;
        Optional<String> via = Optional.empty();
        boolean frame;
        /** A frame of a view (在X看来，…): its holder speaks in person, so quotations after it may be the holder's words. */
        boolean view;
        int paragraph;

        int anchor() {
            return speakerStart >= 0 ? Math.min(speakerStart, contentStart) : contentStart;
        }
    }

    /** What a speaker can be referred back to by: 他 (person), 他们 (plural), 该公司 (org), 该国. */
    enum SpeakerKind { PERSON, PLURAL, ORG, PLACE, UNKNOWN }

    /** An entity mention in char indices. */
    record MentionRef(int start, int end, String entityId, EntityType type) {
    }
}
