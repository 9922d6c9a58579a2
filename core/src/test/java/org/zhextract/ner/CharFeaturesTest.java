package org.zhextract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CharFeaturesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(files = "../testdata/cases/ner/normalized-characters.csv", numLinesToSkip = 2)
    void normalizesCharactersBeforeLookingThemUp(String input, String normalized) {
        assertThat(Character.toString(CharFeatures.normalize(input.codePointAt(0)))).isEqualTo(normalized);
    }

    @Test
    void unknownCharactersShareOneIdAndPaddingHasItsOwn() {
        CharFeatures features = new CharFeatures(new int[] {'a', '中'});

        CharFeatures.Prepared prepared = features.prepare("中A国".codePoints().toArray(), EntityLexicon.empty());

        int pad = (prepared.ids().length - 3) / 2;
        assertThat(prepared.ids()[pad]).isEqualTo(CharFeatures.FIRST_CHARACTER_ID + 1);
        assertThat(prepared.ids()[pad + 1]).isEqualTo(CharFeatures.FIRST_CHARACTER_ID); // A is looked up as a
        assertThat(prepared.ids()[pad + 2]).isEqualTo(CharFeatures.UNKNOWN);
        assertThat(prepared.ids()[0]).isEqualTo(CharFeatures.BEFORE);
        assertThat(prepared.ids()[prepared.ids().length - 1]).isEqualTo(CharFeatures.AFTER);
    }

    @Test
    void givesEveryPositionTheSameNumberOfDistinctKeys() {
        CharFeatures features = new CharFeatures(new int[] {'京', '北'});
        CharFeatures.Prepared prepared = features.prepare("北京".codePoints().toArray(), EntityLexicon.empty());
        long[] keys = new long[CharFeatures.PER_POSITION];

        CharFeatures.keys(prepared, 1, keys);

        // without word hints or character classes their slots are empty; every other key is a distinct feature
        long[] withoutHints = java.util.Arrays.stream(keys).filter(k -> k != CharFeatures.NO_KEY).toArray();
        assertThat(withoutHints).hasSize(CharFeatures.PER_POSITION - CharFeatures.HINT_KEYS - CharFeatures.CLUSTER_KEYS)
                .doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(withoutHints).min().orElseThrow()).isNotNegative();

        int[] hints = {WordHints.posClass("ns") << 2, WordHints.posClass("ns") << 2 | 2};
        CharFeatures.keys(features.prepare("北京".codePoints().toArray(), EntityLexicon.empty(), hints), 1, keys);

        long[] withHints = java.util.Arrays.stream(keys).filter(k -> k != CharFeatures.NO_KEY).toArray();
        assertThat(withHints).hasSize(CharFeatures.PER_POSITION - CharFeatures.CLUSTER_KEYS).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(withHints).filter(CharFeatures::isHintKey)).hasSize(CharFeatures.HINT_KEYS);

        CharFeatures withClasses = new CharFeatures(new int[] {'京', '北'}, new CharClusters(new int[] {'京', '北'}, new int[] {1, 2}, 2));
        CharFeatures.keys(withClasses.prepare("北京".codePoints().toArray(), EntityLexicon.empty(), hints), 1, keys);

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(keys).min().orElseThrow()).isNotNegative();
        assertThat(java.util.Arrays.stream(keys).filter(CharFeatures::isClusterKey)).hasSize(CharFeatures.CLUSTER_KEYS);
    }
    @Test
    void keysPastKeysPerPositionAreEmptyWithoutCharacterClasses() {
        CharFeatures features = new CharFeatures(new int[] {'京', '北'});
        int[] hints = {WordHints.posClass("ns") << 2, WordHints.posClass("ns") << 2 | 2};
        long[] keys = new long[CharFeatures.PER_POSITION];

        CharFeatures.keys(features.prepare("北京".codePoints().toArray(), EntityLexicon.empty(), hints), 1, keys);

        // the trainer keeps only the first keysPerPosition() keys of every character
        assertThat(features.keysPerPosition()).isEqualTo(CharFeatures.PER_POSITION - CharFeatures.CLUSTER_KEYS);
        assertThat(java.util.Arrays.copyOfRange(keys, features.keysPerPosition(), keys.length)).containsOnly(CharFeatures.NO_KEY);
        assertThat(java.util.Arrays.copyOf(keys, features.keysPerPosition())).doesNotContain(CharFeatures.NO_KEY);

        CharFeatures withClasses = new CharFeatures(new int[] {'京', '北'}, new CharClusters(new int[] {'京', '北'}, new int[] {1, 2}, 2));
        assertThat(withClasses.keysPerPosition()).isEqualTo(CharFeatures.PER_POSITION);
    }
}
