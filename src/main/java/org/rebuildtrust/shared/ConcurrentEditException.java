package org.rebuildtrust.shared;

/** Someone else saved the record after the writer loaded it; the writer must reload instead of overwriting. */
public class ConcurrentEditException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
