/**
 * Within-document entity resolution: mentions of one referent become one entity.
 */
package org.zhextract.resolve;
