package org.rebuildtrust.shared;

/**
 * A request the rules refuse. Carries a message-bundle key (and optionally the form field it concerns),
 * never English text, so the web layer can show it in the user's language next to the right input.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    public BusinessRuleException(String messageKey) {
        this(messageKey, null);
    }

    public BusinessRuleException(String messageKey, String field) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The entity property the rule is about, or null for a rule about the whole request. */
    public String getField() {
        return field;
    }
}
