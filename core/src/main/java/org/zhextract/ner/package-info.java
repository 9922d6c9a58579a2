/**
 * A trained character-level named-entity recognizer: an averaged structured perceptron over
 * character n-gram and character-class features, BIOES tags over PERSON, LOC and ORG, and
 * constrained Viterbi decoding. {@link org.zhextract.ner.NerModel} tags text;
 * {@link org.zhextract.ner.NerTrainer} builds a model from labelled sentences. The shipped model
 * is the classpath resource {@code org/zhextract/ner/ner-model.bin.gz}.
 */
package org.zhextract.ner;
