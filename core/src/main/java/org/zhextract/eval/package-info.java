/**
 * Readers for the public benchmark and training formats and the scorers behind
 * {@code zhextract eval}. Not a pipeline stage: nothing in the extraction path depends on it.
 */
package org.zhextract.eval;
