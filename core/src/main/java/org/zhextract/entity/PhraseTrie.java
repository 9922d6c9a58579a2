package org.zhextract.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A character trie for longest-match lookup of phrases in a text, forwards from a start index or
 * backwards from an end index. Built once, then immutable and thread-safe.
 *
 * @param <V> the value stored with each phrase
 */
final class PhraseTrie<V> {

    /** A phrase found in the text: chars {@code [start, end)} and its value. */
    record Match<V>(int start, int end, V value) {
    }

    /**
     * A node with its children in an open-addressed table keyed by the char itself: a lookup is a
     * multiply and an array read or two, with no boxing of the char as a map key would need. The
     * table is filled from a map while the trie is built, then never changes.
     */
    private static final class Node<V> {
        private Map<Character, Node<V>> building = new HashMap<>(4);
        /** The char of each slot, -1 for an empty one. */
        private int[] keys;
        private Node<V>[] children;
        V value;

        Node<V> childWhileBuilding(char c) {
            return building.computeIfAbsent(c, x -> new Node<>());
        }

        @SuppressWarnings("unchecked")
        void freeze() {
            if (!building.isEmpty()) {
                int capacity = Integer.highestOneBit(building.size() * 2 + 1) << 1;
                keys = new int[capacity];
                Arrays.fill(keys, -1);
                children = new Node[capacity];
                building.forEach((c, child) -> {
                    int i = slot(c, capacity - 1);
                    while (keys[i] >= 0) {
                        i = (i + 1) & (capacity - 1);
                    }
                    keys[i] = c;
                    children[i] = child;
                    child.freeze();
                });
            }
            building = null;
        }

        Node<V> child(char c) {
            if (keys == null) {
                return null;
            }
            int mask = keys.length - 1;
            for (int i = slot(c, mask); ; i = (i + 1) & mask) {
                int key = keys[i];
                if (key == c) {
                    return children[i];
                }
                if (key < 0) {
                    return null;
                }
            }
        }

        private static int slot(char c, int mask) {
            int h = c * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }

    private final Node<V> root = new Node<>();
    private final boolean backwards;

    private PhraseTrie(Map<String, V> phrases, boolean backwards) {
        this.backwards = backwards;
        phrases.forEach((phrase, value) -> {
            if (phrase.isEmpty()) {
                return;
            }
            Node<V> node = root;
            for (int k = 0; k < phrase.length(); k++) {
                node = node.childWhileBuilding(phrase.charAt(backwards ? phrase.length() - 1 - k : k));
            }
            node.value = Objects.requireNonNull(value, "value");
        });
        root.freeze();
    }

    /** A trie that finds phrases starting at an index. */
    static <V> PhraseTrie<V> forwards(Map<String, V> phrases) {
        return new PhraseTrie<>(phrases, false);
    }

    /** A trie that finds phrases ending at an index. */
    static <V> PhraseTrie<V> backwards(Map<String, V> phrases) {
        return new PhraseTrie<>(phrases, true);
    }

    /** The longest phrase starting at {@code start} (forwards trie only). */
    Optional<Match<V>> longestAt(CharSequence text, int start) {
        if (backwards) {
            throw new IllegalStateException("backwards trie");
        }
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(start, i + 1, node.value);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest phrase ending at {@code end} and starting at or after {@code floor}
     * (backwards trie only).
     */
    Optional<Match<V>> longestEndingAt(CharSequence text, int end, int floor) {
        if (!backwards) {
            throw new IllegalStateException("forwards trie");
        }
        Node<V> node = root;
        Match<V> best = null;
        for (int i = end - 1; i >= Math.max(0, floor); i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(i, end, node.value);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every phrase ending at {@code end}, shortest first (backwards trie only). */
    java.util.List<Match<V>> allEndingAt(CharSequence text, int end) {
        java.util.List<Match<V>> found = java.util.List.of(); // most positions end no phrase: allocate on the first
        Node<V> node = root;
        for (int i = end - 1; i >= 0; i--) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                if (found.isEmpty()) {
                    found = new java.util.ArrayList<>(2);
                }
                found.add(new Match<>(i, end, node.value));
            }
        }
        return found;
    }
}
