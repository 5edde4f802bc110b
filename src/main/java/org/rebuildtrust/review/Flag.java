package org.rebuildtrust.review;

import java.io.Serializable;
import java.util.List;

/**
 * A rule-raised signal that a couple needs attention. {@code arguments} fill the kind's sentence in the bundle
 * (key {@code flag.KIND}).
 */
public record Flag(Kind kind, List<Object> arguments) implements Serializable {

    public enum Kind {
        /** A partner's trust or feeling-safe rating dropped by 3 or more since their previous check-in. */
        RATING_DROP,
        /** The hurt partner's and the involved partner's latest views of an accountability step differ by 4 or more. */
        VIEWS_DIFFER,
        /** Two or more homework answers are overdue. */
        OVERDUE_HOMEWORK,
        /** A partner has not checked in for 14 days. */
        NO_CHECK_IN,
        /** In the latest week both partners checked in, their ratings of one dimension differ by 4 or more. */
        CHECK_INS_DIVERGE
    }

    public Kind getKind() {
        return kind;
    }

    public Object[] getArgumentArray() {
        return arguments.toArray();
    }
}
