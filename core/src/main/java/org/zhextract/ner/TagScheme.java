package org.zhextract.ner;

import java.util.ArrayList;
import java.util.List;
import org.zhextract.model.EntityType;

/**
 * BIOES tags over a list of entity types: tag 0 is O, then B, I, E, S for each type in order.
 * Knows which tag may follow which (an I or E only continues a B or I of its own type; a
 * sentence cannot end inside an entity) so that decoding never produces a broken span.
 */
final class TagScheme {

    static final int OUTSIDE = 0;
    private static final int BEGIN = 0;
    private static final int INSIDE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    private final List<EntityType> types;
    private final int tagCount;
    /** For each tag, the tags allowed right before it; index {@link #boundary()} is "sentence start". */
    private final int[][] allowedPrevious;
    private final boolean[] allowedLast;

    TagScheme(List<EntityType> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no entity types");
        }
        this.types = List.copyOf(types);
        this.tagCount = 1 + 4 * types.size();
        this.allowedPrevious = new int[tagCount][];
        this.allowedLast = new boolean[tagCount];
        for (int tag = 0; tag < tagCount; tag++) {
            List<Integer> previous = new ArrayList<>();
            for (int prev = 0; prev <= tagCount; prev++) {
                if (allowed(prev, tag)) {
                    previous.add(prev);
                }
            }
            allowedPrevious[tag] = previous.stream().mapToInt(Integer::intValue).toArray();
            allowedLast[tag] = closesEntity(tag);
        }
    }

    List<EntityType> types() {
        return types;
    }

    int tagCount() {
        return tagCount;
    }

    /** The pseudo-tag standing for the sentence boundary in the transition matrix. */
    int boundary() {
        return tagCount;
    }

    int[] allowedPrevious(int tag) {
        return allowedPrevious[tag];
    }

    boolean allowedLast(int tag) {
        return allowedLast[tag];
    }

    /** Whether {@code tag} may follow {@code previous} ({@link #boundary()} = sentence start). */
    boolean allowed(int previous, int tag) {
        boolean previousOpen = previous != tagCount && opensOrContinues(previous);
        int position = position(tag);
        if (tag == OUTSIDE || position == BEGIN || position == SINGLE) {
            return !previousOpen;
        }
        return previousOpen && typeIndex(previous) == typeIndex(tag);
    }

    String name(int tag) {
        if (tag == OUTSIDE) {
            return "O";
        }
        return "BIES".charAt(position(tag)) + "-" + types.get(typeIndex(tag));
    }

    /** Gold tags for spans given as [start, end) code-point ranges with a type index each. */
    int[] encode(int length, int[][] spans) {
        int[] tags = new int[length];
        for (int[] span : spans) {
            int start = span[0];
            int end = span[1];
            int base = 1 + 4 * span[2];
            boolean free = true;
            for (int i = start; i < end; i++) {
                free &= tags[i] == OUTSIDE;
            }
            if (!free) {
                continue; // nested or overlapping gold: keep the first, BIOES cannot hold both
            }
            if (end - start == 1) {
                tags[start] = base + SINGLE;
            } else {
                tags[start] = base + BEGIN;
                for (int i = start + 1; i < end - 1; i++) {
                    tags[i] = base + INSIDE;
                }
                tags[end - 1] = base + END;
            }
        }
        return tags;
    }

    /** Spans of a valid tag sequence as {start, end, typeIndex}. */
    List<int[]> decode(int[] tags) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < tags.length; i++) {
            int tag = tags[i];
            if (tag == OUTSIDE) {
                start = -1;
                continue;
            }
            switch (position(tag)) {
                case SINGLE -> spans.add(new int[] {i, i + 1, typeIndex(tag)});
                case BEGIN -> start = i;
                case END -> {
                    if (start >= 0) {
                        spans.add(new int[] {start, i + 1, typeIndex(tag)});
                    }
                    start = -1;
                }
                default -> { }
            }
        }
        return spans;
    }

    private static boolean opensOrContinues(int tag) {
        return tag != OUTSIDE && (position(tag) == BEGIN || position(tag) == INSIDE);
    }

    private static boolean closesEntity(int tag) {
        return !opensOrContinues(tag);
    }

    private static int position(int tag) {
        return (tag - 1) % 4;
    }

    private static int typeIndex(int tag) {
        return (tag - 1) / 4;
    }
}
