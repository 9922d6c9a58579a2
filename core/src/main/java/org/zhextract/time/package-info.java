/**
 * Time expressions (dates, times, durations, sets) and their TIMEX3 values, anchored on the
 * publication date.
 */
package org.zhextract.time;
