package org.rebuildtrust.shared;

/**
 * A request the rules refuse. Carries a message-bundle key (and optionally the form field it concerns),
 * never English text, so the web layer can show it in the user's language next to the right input.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey) {
        this(messageKey, null);
    }

    /** A refusal whose message takes arguments (a number of minutes, say), shown at {@code field}. */
    public BusinessRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The arguments of the message, none for most refusals. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The entity property the rule is about, or null for a rule about the whole request. */
    public String getField() {
        return field;
    }
}
