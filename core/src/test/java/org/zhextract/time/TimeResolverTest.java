package org.zhextract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {

    @ParameterizedTest(name = "{0} in {1} chars")
    @CsvSource({"0,2", "7,2", "12,2", "123,2", "-5,2", "-5,4", "5,4", "2022,4", "-2022,4", "-997977,4", "12345,4",
            "9,1", "-9,1", "0,0"})
    void zeroPaddedIsWhatStringFormatGives(long value, int width) {
        String format = width == 0 ? "%d" : "%0" + width + "d";
        assertThat(TimeResolver.zeroPadded(value, width)).isEqualTo(String.format(Locale.ROOT, format, value));
    }
}
