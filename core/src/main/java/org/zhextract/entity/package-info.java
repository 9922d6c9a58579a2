/**
 * Person, organization, place and event mentions found in the segmented text.
 */
package org.zhextract.entity;
