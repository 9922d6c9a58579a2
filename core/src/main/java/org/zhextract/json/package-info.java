/**
 * The {@code zhextract/1} JSON form of an {@link org.zhextract.Extraction} (see SCHEMA.md).
 */
package org.zhextract.json;
