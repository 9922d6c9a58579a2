/**
 * Text-level services every later stage shares: the document text with its code-point ↔ char
 * offset map, sentence splitting, and character normalization for matching.
 */
package org.zhextract.text;
