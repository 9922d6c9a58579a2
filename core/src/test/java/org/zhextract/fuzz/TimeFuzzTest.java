package org.zhextract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.zhextract.text.DocumentText;
import org.zhextract.time.TimeRecognizer;

/** Fuzzes {@link TimeRecognizer} on Chinese text dense in numerals and calendar words. */
class TimeFuzzTest {

    private final TimeRecognizer recognizer = new TimeRecognizer();

    /** A text and a reference date (empty, ordinary, or at the edges of the calendar). */
    record Case(String text, Optional<LocalDate> reference) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Example
    void timesStayInsideTheTextWhateverItSays() {
        Arbitrary<Optional<LocalDate>> reference = Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2022, 2, 4)),
                Optional.of(LocalDate.of(1, 1, 1)), Optional.of(LocalDate.of(9999, 12, 31)),
                Optional.of(LocalDate.of(2000, 2, 29)), Optional.of(LocalDate.of(2024, 12, 31)));
        Arbitrary<Case> cases = Combinators.combine(Generators.chineseText(), reference).as(Case::new);

        long checked = FuzzLoop.run("time", List.of(cases), c -> {
            DocumentText document = new DocumentText(c.text());
            Invariants.checkTimes(document, recognizer.recognize(document, c.reference()));
        });

        assertThat(checked).isPositive();
    }
}
