/**
 * Bytes in, article text and metadata out: charset and format detection, HTML and Markdown
 * readers built on jsoup, boilerplate removal, and the title, url, publisher, publication date
 * and authors of the article.
 */
package org.zhextract.ingest;
