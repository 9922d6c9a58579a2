package org.zhextract.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class JobOptionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(files = "../testdata/cases/spark/job-options.csv", delimiter = '|')
    void parsesTheJobsArguments(String arguments, String input, String output, String format,
                                String referenceDate, Boolean nerModel, String error) {
        String[] args = arguments.trim().split("\\s+");
        if (error != null) {
            assertThatIllegalArgumentException().isThrownBy(() -> JobOptions.parse(args))
                    .withMessageContaining(error);
            return;
        }
        JobOptions options = JobOptions.parse(args);
        assertThat(options.input()).isEqualTo(input);
        assertThat(options.output()).isEqualTo(output);
        assertThat(options.format()).isEqualTo(JobOptions.Format.valueOf(format));
        assertThat(options.referenceDate()).isEqualTo(Optional.ofNullable(referenceDate).map(LocalDate::parse));
        assertThat(options.nerModel()).isEqualTo(nerModel);
    }
}
