/**
 * Immutable values shared by every pipeline stage. Each record validates itself in its
 * constructor; offsets are Unicode code points into the document text, start inclusive, end
 * exclusive. Nothing here accepts or returns {@code null}: absent values are {@code Optional}s
 * and empty lists.
 */
package org.zhextract.model;
