package org.rebuildtrust.shared;

/**
 * A request that looks like one already made (a second held session on the same day, the same homework given twice).
 * Not a refusal: the caller is warned beside the field and may confirm, and the service then does what was asked.
 */
public class DuplicateSuspectedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public DuplicateSuspectedException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
