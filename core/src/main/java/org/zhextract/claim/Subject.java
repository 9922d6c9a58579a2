package org.zhextract.claim;

/**
 * A source phrase {@code [start, end)} in chars, or why a clause has none: {@code ZERO} (no
 * subject of its own: it may share the clause before's), {@code INVALID} (what precedes the cue
 * is no source), {@code SOURCELESS} (the writer or no one in particular: the sentence is no claim).
 */
record Subject(Status status, int start, int end) {

    enum Status { OK, ZERO, INVALID, SOURCELESS }

    static final Subject ZERO_SUBJECT = new Subject(Status.ZERO, -1, -1);
    static final Subject INVALID_SUBJECT = new Subject(Status.INVALID, -1, -1);
    static final Subject SOURCELESS_SUBJECT = new Subject(Status.SOURCELESS, -1, -1);
}
