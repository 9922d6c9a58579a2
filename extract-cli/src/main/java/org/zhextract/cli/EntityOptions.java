package org.zhextract.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhextract.Extractor;
import org.zhextract.entity.EntityLexicon;
import org.zhextract.ner.NerModel;
import picocli.CommandLine.Option;

/**
 * The entity-stage options that {@code extract} and {@code eval ner} share (a picocli mixin):
 * user dictionaries and the choice of NER model, so both commands read them the same way.
 */
final class EntityOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "User dictionary of entity names, name<TAB>TYPE[<TAB>alias...] per line; "
                    + "overrides the built-in lists and the NER model. Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--ner", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Find entities with the trained NER model shipped in the jar as well as the rules and "
                    + "HanLP's role tags (default). --no-ner leaves the model out: a faster entity stage, fewer names.")
    boolean ner = true;

    @Option(names = "--ner-model", paramLabel = "FILE",
            description = "Use this NER model (from 'zhextract train ner') instead of the shipped one.")
    Path nerModel;

    /** Applies the options to an extractor builder. */
    void configure(Extractor.Builder builder) {
        dictionaries.forEach(builder::dictionary);
        if (nerModel != null) {
            builder.nerModel(nerModel);
        } else if (ner) {
            builder.withNerModel();
        } else {
            builder.withoutNerModel();
        }
    }

    /** The built-in lexicon with the user dictionaries applied, for commands that build the entity stage themselves. */
    EntityLexicon lexicon() throws IOException {
        EntityLexicon lexicon = EntityLexicon.builtIn();
        for (Path d : dictionaries) {
            lexicon = lexicon.withDictionary(d);
        }
        return lexicon;
    }

    /** The model the options ask for, if any. */
    Optional<NerModel> model() throws IOException {
        if (nerModel != null) {
            return Optional.of(NerModel.load(nerModel));
        }
        return ner ? Optional.of(NerModel.bundled()) : Optional.empty();
    }
}
