/**
 * Attributed statements: who said, warned, announced or believes what.
 */
package org.zhextract.claim;
