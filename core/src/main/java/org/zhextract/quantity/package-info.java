/**
 * Numbers with units, money and percentages, with values in canonical units.
 */
package org.zhextract.quantity;
