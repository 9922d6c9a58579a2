package org.zhextract.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The arguments of {@link ExtractJob}: {@code INPUT OUTPUT [--format jsonl|parquet]
 * [--reference-date DATE] [--no-ner]}.
 */
record JobOptions(String input, String output, Format format, Optional<LocalDate> referenceDate, boolean nerModel) {

    static final String USAGE = "usage: ExtractJob INPUT OUTPUT [--format jsonl|parquet] [--reference-date YYYY-MM-DD] [--no-ner]";

    /** How documents are written. */
    enum Format { JSONL, PARQUET }

    JobOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** Parses the job's arguments; throws IllegalArgumentException with a readable message. */
    static JobOptions parse(String... args) {
        List<String> positional = new ArrayList<>();
        Format format = Format.JSONL;
        Optional<LocalDate> referenceDate = Optional.empty();
        boolean nerModel = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--format" -> format = format(value(args, ++i, arg));
                case "--reference-date" -> referenceDate = Optional.of(date(value(args, ++i, arg)));
                case "--no-ner" -> nerModel = false;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + positional.size() + " paths");
        }
        return new JobOptions(positional.get(0), positional.get(1), format, referenceDate, nerModel);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Format format(String value) {
        try {
            return Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be jsonl or parquet, not " + value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--reference-date must be an ISO date (2022-02-04), not " + value);
        }
    }
}
