/**
 * The only package that sees HanLP: segmentation, part-of-speech tags and HanLP's person, place
 * and organization role recognition, turned into {@link org.zhextract.model.Token}s with
 * code-point offsets. HanLP's global configuration is set in {@link HanLpSetup} and nowhere else.
 */
package org.zhextract.segment;
