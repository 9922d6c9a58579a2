package org.zhextract.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/ingest-required-literals.tsv", delimiter = '\t', quoteCharacter = '`',
            encoding = "UTF-8")
    void readsTheLiteralsEveryMatchContainsAndStartsWith(String regex, String flags, String contained, String starts) {
        Pattern pattern = Pattern.compile(regex, "i".equals(flags) ? Pattern.CASE_INSENSITIVE : 0);

        assertThat(Set.copyOf(RequiredLiterals.of(pattern))).as("contained").isEqualTo(clauses(contained));
        assertThat(RequiredLiterals.starts(pattern)).as("starts").isEqualTo(starts == null ? Set.of() : clauses(starts).iterator().next());
    }

    @Test
    void ordersClausesMostSelectiveFirst() {
        List<Set<String>> clauses = RequiredLiterals.of(Pattern.compile("<(p|div)>.*版权所有"));

        assertThat(clauses.get(0)).containsExactly("版权所有");
    }

    @Test
    void lowersOnlyAsciiLettersAsJavaCaseFoldingDoes() {
        assertThat(RequiredLiterals.asciiLowerCase("Getty IMAGES 图片 ÉCOLE")).isEqualTo("getty images 图片 École");
        String unchanged = "没有大写字母的 text";
        assertThat(RequiredLiterals.asciiLowerCase(unchanged)).isSameAs(unchanged);
    }

    private static Set<Set<String>> clauses(String written) {
        if (written == null) {
            return Set.of();
        }
        return Arrays.stream(written.split(" & "))
                .map(clause -> new HashSet<>(Arrays.asList(clause.split(" \\| "))))
                .collect(Collectors.toSet());
    }
}
