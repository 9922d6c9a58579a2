package org.zhextract.ingest;

/**
 * Thrown when an input is not a text document at all (an image, an archive, other binary data),
 * so no article can be read from it. Batch callers report it for that one input and go on.
 */
public final class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
