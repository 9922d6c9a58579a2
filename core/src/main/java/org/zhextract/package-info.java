/**
 * zhextract: people, organizations, places, events, times, quantities and claims from
 * Simplified Chinese news. Start with {@link org.zhextract.Extractor}.
 */
package org.zhextract;
