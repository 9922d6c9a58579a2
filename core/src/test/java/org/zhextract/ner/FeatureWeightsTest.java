package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    private static final int TAGS = 13;
    private static final String ALPHABET = "北京上海新华社国务院总理会见了在的。，A1·普金";

    /**
     * The grouped layout must give exactly the scores of looking every feature key up on its own:
     * random weights on the keys of random sentences (including keys of sentences that are not scored).
     */
    @Test
    void sumsTheSameScoresAsLookingUpEveryFeatureKey() {
        Random random = new Random(42);
        int[] vocabulary = ALPHABET.codePoints().map(CharFeatures::normalize).distinct().sorted().toArray();
        CharFeatures features = new CharFeatures(vocabulary);
        EntityLexicon lexicon = new EntityLexicon(List.of(new EntityLexicon.Entry("北京", 1), new EntityLexicon.Entry("新华社", 2)));
        List<CharFeatures.Prepared> sentences = new ArrayList<>();
        TreeMap<Long, short[]> weightsOfKey = new TreeMap<>();
        long[] keys = new long[CharFeatures.PER_POSITION];
        for (int s = 0; s < 200; s++) {
            int[] text = random.ints(1 + random.nextInt(30), 0, ALPHABET.length()).map(ALPHABET::charAt).toArray();
            // half the sentences with random word hints, so the hint templates are checked too
            int[] hints = s % 2 == 0 ? null : random.ints(text.length, 0, WordHints.LIMIT).toArray();
            CharFeatures.Prepared prepared = features.prepare(text, lexicon, hints);
            sentences.add(prepared);
            for (int i = 0; i < text.length; i++) {
                CharFeatures.keys(prepared, i, keys);
                for (long key : keys) {
                    if (key != CharFeatures.NO_KEY && random.nextInt(3) > 0) {
                        weightsOfKey.computeIfAbsent(key, k -> randomRow(random));
                    }
                }
            }
        }
        sentences.subList(150, 200).clear(); // their keys stay weighted but are never scored
        long[] featureKeys = weightsOfKey.keySet().stream().mapToLong(Long::longValue).toArray();
        short[] weights = new short[featureKeys.length * TAGS];
        for (int row = 0; row < featureKeys.length; row++) {
            System.arraycopy(weightsOfKey.get(featureKeys[row]), 0, weights, row * TAGS, TAGS);
        }

        FeatureWeights grouped = new FeatureWeights(featureKeys, weights, TAGS,
                CharFeatures.FIRST_CHARACTER_ID + vocabulary.length);

        Map<Long, short[]> reference = new HashMap<>(weightsOfKey);
        for (CharFeatures.Prepared prepared : sentences) {
            int[] expected = new int[prepared.length() * TAGS];
            for (int i = 0; i < prepared.length(); i++) {
                CharFeatures.keys(prepared, i, keys);
                for (long key : keys) {
                    short[] row = reference.get(key);
                    for (int tag = 0; row != null && tag < TAGS; tag++) {
                        expected[i * TAGS + tag] += row[tag];
                    }
                }
            }
            int[] actual = new int[prepared.length() * TAGS];
            grouped.addEmissions(prepared, actual);
            assertThat(actual).isEqualTo(expected);
        }
        short[] row = new short[TAGS];
        for (long key : featureKeys) {
            grouped.weightsOf(key, row);
            assertThat(row).isEqualTo(weightsOfKey.get(key));
        }
    }

    private static short[] randomRow(Random random) {
        short[] row = new short[TAGS];
        for (int tag = 0; tag < TAGS; tag++) {
            row[tag] = random.nextInt(4) == 0 ? 0 : (short) (random.nextInt(2001) - 1000);
        }
        return row;
    }
}
