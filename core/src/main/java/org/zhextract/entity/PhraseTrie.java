package org.zhextract.entity;

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

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
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
                char c = phrase.charAt(backwards ? phrase.length() - 1 - k : k);
                node = node.next.computeIfAbsent(c, x -> new Node<>());
            }
            node.value = Objects.requireNonNull(value, "value");
        });
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
            node = node.next.get(text.charAt(i));
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
            node = node.next.get(text.charAt(i));
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
        java.util.List<Match<V>> found = new java.util.ArrayList<>(2);
        Node<V> node = root;
        for (int i = end - 1; i >= 0; i--) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                found.add(new Match<>(i, end, node.value));
            }
        }
        return found;
    }
}
