package org.zhextract.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Classes of characters learned from unlabelled text, so that the NER model can generalize from
 * a character it saw in training to one that behaves alike (a rare surname, a transliteration
 * syllable, a place suffix) — the word clusters of Brown et al. (1992) that linear taggers gain
 * from (Miller et al. 2004, Turian et al. 2010), here over characters.
 *
 * <p>Learned with the exchange algorithm (Kneser and Ney 1993, Martin et al. 1998): every
 * one of the {@code count - 1} most frequent characters starts in a class of its own and the
 * others in one more class, then each character in turn, most frequent first, moves to
 * the class that most raises the likelihood of the text's character bigrams under a class bigram
 * model; passes repeat a fixed number of times. Characters are normalized as the features see them
 * ({@link CharFeatures#normalize}); those seen fewer than {@code minCount} times get no class.
 * Deterministic: counts do not depend on the order of the text, and ties go to the lower class.
 *
 * <p>Cluster ids are {@code 1 … count}; 0 means "no class". Immutable.
 */
public final class CharClusters {

    /** Most classes a table may have, so that a class id fits in a byte. */
    public static final int MAX_CLUSTERS = 250;

    /** Normalized BMP code points, ascending. */
    private final int[] characters;
    /** The class of each entry of {@link #characters}, 1 … {@link #count}. */
    private final int[] clusters;
    private final int count;
    /** Class per BMP code point (0: none), for lookup at tagging time. */
    private final byte[] clusterOfCharacter;

    /** @param characters ascending normalized BMP code points; {@code clusters} their classes, 1 … {@code count} */
    public CharClusters(int[] characters, int[] clusters, int count) {
        if (characters.length != clusters.length || count < 1 || count > MAX_CLUSTERS) {
            throw new IllegalArgumentException("bad cluster table: " + characters.length + " characters, "
                    + clusters.length + " classes, count " + count);
        }
        this.characters = characters.clone();
        this.clusters = clusters.clone();
        this.count = count;
        this.clusterOfCharacter = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i < characters.length; i++) {
            if (characters[i] < 0 || characters[i] > Character.MAX_VALUE || i > 0 && characters[i] <= characters[i - 1]) {
                throw new IllegalArgumentException("cluster characters not ascending BMP code points at " + i);
            }
            if (clusters[i] < 1 || clusters[i] > count) {
                throw new IllegalArgumentException("class " + clusters[i] + " out of 1…" + count + " at " + i);
            }
            clusterOfCharacter[characters[i]] = (byte) clusters[i];
        }
    }

    /** The number of classes. */
    public int count() {
        return count;
    }

    /** How many characters have a class. */
    public int size() {
        return characters.length;
    }

    int[] characters() {
        return characters.clone();
    }

    int[] clusters() {
        return clusters.clone();
    }

    /** The class of a normalized code point, 0 when it has none. */
    public int of(int normalizedCodePoint) {
        return normalizedCodePoint >= 0 && normalizedCodePoint <= Character.MAX_VALUE
                ? clusterOfCharacter[normalizedCodePoint] & 0xFF : 0;
    }

    /** Reads a table written by {@link #write}: one {@code character TAB class} per line. */
    public static CharClusters read(Path file) throws IOException {
        List<int[]> rows = new ArrayList<>();
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0 || line.codePointCount(0, tab) != 1) {
                    throw new IOException("bad cluster line in " + file + ": " + line);
                }
                int cluster = Integer.parseInt(line.substring(tab + 1).trim());
                rows.add(new int[] {line.codePointAt(0), cluster});
                count = Math.max(count, cluster);
            }
        }
        rows.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new CharClusters(rows.stream().mapToInt(r -> r[0]).toArray(), rows.stream().mapToInt(r -> r[1]).toArray(), count);
    }

    /** Writes the table, one {@code character TAB class} per line in code point order. */
    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# character classes for the NER model (zhextract train clusters); " + count + " classes\n");
            for (int i = 0; i < characters.length; i++) {
                out.write(new String(Character.toChars(characters[i])) + "\t" + clusters[i] + "\n");
            }
        }
    }

    /** Character and character-bigram counts of unlabelled text, gathered line by line. */
    public static final class Counts {
        private final LongIntTable unigrams = new LongIntTable(1 << 14);
        private final LongIntTable bigrams = new LongIntTable(1 << 20);

        /** Counts one line (a bigram never crosses lines); characters outside the BMP break it. */
        public void add(CharSequence text) {
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int c = Character.codePointAt(text, i);
                i += Character.charCount(c);
                int n = CharFeatures.normalize(c);
                if (n > Character.MAX_VALUE || Character.isWhitespace(n) || Character.isSpaceChar(n)) {
                    previous = -1;
                    continue;
                }
                unigrams.increment(n);
                if (previous >= 0) {
                    bigrams.increment((long) previous << 16 | n);
                }
                previous = n;
            }
        }
    }

    /**
     * Learns {@code count} classes from {@code counts} with {@code passes} exchange passes over the
     * characters seen at least {@code minCount} times; reports progress to {@code log}.
     */
    public static CharClusters learn(Counts counts, int count, int passes, int minCount, Consumer<String> log) {
        Objects.requireNonNull(counts, "counts");
        if (count < 2 || count > MAX_CLUSTERS || passes < 0 || minCount < 1) {
            throw new IllegalArgumentException("bad clustering options");
        }
        // the characters to cluster, most frequent first (ties by code point)
        long[] kept = counts.unigrams.keysWithValueAtLeast(minCount);
        Long[] order = new Long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            order[i] = kept[i];
        }
        Arrays.sort(order, (a, b) -> {
            int ca = counts.unigrams.get(a, 0);
            int cb = counts.unigrams.get(b, 0);
            return ca != cb ? Integer.compare(cb, ca) : Long.compare(a, b);
        });
        int v = order.length;
        int[] word = new int[v];
        int[] indexOf = new int[Character.MAX_VALUE + 1];
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < v; i++) {
            word[i] = (int) (long) order[i];
            indexOf[word[i]] = i;
        }
        // bigrams between kept characters, as sorted adjacency lists both ways
        long[] pairs = counts.bigrams.keysWithValueAtLeast(1);
        Arrays.sort(pairs);
        int[] rightCount = new int[v];
        int[] leftCount = new int[v];
        List<long[]> kept2 = new ArrayList<>();
        for (long pair : pairs) {
            int a = indexOf[(int) (pair >>> 16)];
            int b = indexOf[(int) (pair & 0xFFFF)];
            if (a >= 0 && b >= 0) {
                kept2.add(new long[] {a, b, counts.bigrams.get(pair, 0)});
                rightCount[a]++;
                leftCount[b]++;
            }
        }
        int[][] right = new int[v][];
        int[][] rightN = new int[v][];
        int[][] left = new int[v][];
        int[][] leftN = new int[v][];
        for (int w = 0; w < v; w++) {
            right[w] = new int[rightCount[w]];
            rightN[w] = new int[rightCount[w]];
            left[w] = new int[leftCount[w]];
            leftN[w] = new int[leftCount[w]];
        }
        int[] rightFill = new int[v];
        int[] leftFill = new int[v];
        long[] asLeft = new long[v];  // times w is the first of a counted bigram
        long[] asRight = new long[v]; // times w is the second
        for (long[] p : kept2) {
            int a = (int) p[0];
            int b = (int) p[1];
            int n = (int) p[2];
            right[a][rightFill[a]] = b;
            rightN[a][rightFill[a]++] = n;
            left[b][leftFill[b]] = a;
            leftN[b][leftFill[b]++] = n;
            asLeft[a] += n;
            asRight[b] += n;
        }
        // initial classes (Martin et al.): the count - 1 most frequent characters one each, the rest together
        int[] classOf = new int[v];
        for (int w = 0; w < v; w++) {
            classOf[w] = Math.min(w, count - 1);
        }
        long[] classBigram = new long[count * count];
        long[] classLeft = new long[count];
        long[] classRight = new long[count];
        for (int a = 0; a < v; a++) {
            for (int k = 0; k < right[a].length; k++) {
                classBigram[classOf[a] * count + classOf[right[a][k]]] += rightN[a][k];
            }
            classLeft[classOf[a]] += asLeft[a];
            classRight[classOf[a]] += asRight[a];
        }
        long[] toRight = new long[count]; // bigrams w → class d, w itself left out
        long[] toLeft = new long[count];  // bigrams class c → w, w itself left out
        int[] touchedRight = new int[count];
        int[] touchedLeft = new int[count];
        for (int pass = 1; pass <= passes; pass++) {
            int moved = 0;
            for (int w = 0; w < v; w++) {
                int from = classOf[w];
                long self = 0;
                int nr = 0;
                for (int k = 0; k < right[w].length; k++) {
                    int u = right[w][k];
                    if (u == w) {
                        self = rightN[w][k];
                        continue;
                    }
                    int d = classOf[u];
                    if (toRight[d] == 0) {
                        touchedRight[nr++] = d;
                    }
                    toRight[d] += rightN[w][k];
                }
                int nl = 0;
                for (int k = 0; k < left[w].length; k++) {
                    int u = left[w][k];
                    if (u == w) {
                        continue;
                    }
                    int c = classOf[u];
                    if (toLeft[c] == 0) {
                        touchedLeft[nl++] = c;
                    }
                    toLeft[c] += leftN[w][k];
                }
                // take w out of its class
                apply(classBigram, classLeft, classRight, count, from, -1, w, self, asLeft, asRight,
                        toRight, touchedRight, nr, toLeft, touchedLeft, nl);
                int best = from;
                double bestGain = gain(classBigram, classLeft, classRight, count, from, w, self, asLeft, asRight,
                        toRight, touchedRight, nr, toLeft, touchedLeft, nl);
                for (int b = 0; b < count; b++) {
                    if (b == from) {
                        continue;
                    }
                    double g = gain(classBigram, classLeft, classRight, count, b, w, self, asLeft, asRight,
                            toRight, touchedRight, nr, toLeft, touchedLeft, nl);
                    if (g > bestGain + 1e-9) {
                        bestGain = g;
                        best = b;
                    }
                }
                apply(classBigram, classLeft, classRight, count, best, 1, w, self, asLeft, asRight,
                        toRight, touchedRight, nr, toLeft, touchedLeft, nl);
                if (best != from) {
                    classOf[w] = best;
                    moved++;
                }
                for (int k = 0; k < nr; k++) {
                    toRight[touchedRight[k]] = 0;
                }
                for (int k = 0; k < nl; k++) {
                    toLeft[touchedLeft[k]] = 0;
                }
            }
            log.accept(String.format(Locale.ROOT, "pass %d: %d of %d characters moved, log-likelihood term %.6e",
                    pass, moved, v, objective(classBigram, classLeft, classRight)));
        }
        // renumber classes 1 … count in order of their most frequent member, so ids are stable
        int[] renumbered = new int[count];
        int next = 1;
        for (int w = 0; w < v; w++) {
            if (renumbered[classOf[w]] == 0) {
                renumbered[classOf[w]] = next++;
            }
        }
        int[] sortedCharacters = word.clone();
        Arrays.sort(sortedCharacters);
        int[] classes = new int[v];
        for (int i = 0; i < v; i++) {
            classes[i] = renumbered[classOf[indexOf[sortedCharacters[i]]]];
        }
        return new CharClusters(sortedCharacters, classes, next - 1);
    }

    private static double xlogx(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    private static double objective(long[] classBigram, long[] classLeft, long[] classRight) {
        double sum = 0;
        for (long n : classBigram) {
            sum += xlogx(n);
        }
        for (int c = 0; c < classLeft.length; c++) {
            sum -= xlogx(classLeft[c]) + xlogx(classRight[c]);
        }
        return sum;
    }

    /** The change of the objective if w (currently in no class) joined class b. */
    private static double gain(long[] classBigram, long[] classLeft, long[] classRight, int count, int b, int w,
            long self, long[] asLeft, long[] asRight, long[] toRight, int[] touchedRight, int nr,
            long[] toLeft, int[] touchedLeft, int nl) {
        double g = 0;
        for (int k = 0; k < nr; k++) {
            int d = touchedRight[k];
            if (d != b) {
                long n = classBigram[b * count + d];
                g += xlogx(n + toRight[d]) - xlogx(n);
            }
        }
        for (int k = 0; k < nl; k++) {
            int c = touchedLeft[k];
            if (c != b) {
                long n = classBigram[c * count + b];
                g += xlogx(n + toLeft[c]) - xlogx(n);
            }
        }
        long nbb = classBigram[b * count + b];
        g += xlogx(nbb + toRight[b] + toLeft[b] + self) - xlogx(nbb);
        g -= xlogx(classLeft[b] + asLeft[w]) - xlogx(classLeft[b]);
        g -= xlogx(classRight[b] + asRight[w]) - xlogx(classRight[b]);
        return g;
    }

    /** Adds (sign 1) or removes (sign -1) w's counts to or from class b. */
    private static void apply(long[] classBigram, long[] classLeft, long[] classRight, int count, int b, int sign,
            int w, long self, long[] asLeft, long[] asRight, long[] toRight, int[] touchedRight, int nr,
            long[] toLeft, int[] touchedLeft, int nl) {
        for (int k = 0; k < nr; k++) {
            int d = touchedRight[k];
            classBigram[b * count + d] += sign * toRight[d];
        }
        for (int k = 0; k < nl; k++) {
            int c = touchedLeft[k];
            classBigram[c * count + b] += sign * toLeft[c];
        }
        classBigram[b * count + b] += sign * self;
        classLeft[b] += sign * asLeft[w];
        classRight[b] += sign * asRight[w];
    }
}
