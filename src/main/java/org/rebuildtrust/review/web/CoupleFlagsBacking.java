package org.rebuildtrust.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.review.Flag;
import org.rebuildtrust.review.ReviewService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The "needs attention" card at the top of the couple page. */
@Named
@ViewScoped
public class CoupleFlagsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> DIMENSIONS = Set.of("trust", "safety", "connection", "communication");

    @Inject
    transient ReviewService review;

    @Inject
    transient CurrentActor currentActor;

    private List<String> flags = List.of();

    /** Reads the flags of the couple the page shows (read by the page, with its partners). */
    public void load(Couple shown) {
        flags = review.flags(currentActor.require(), shown).stream().map(CoupleFlagsBacking::sentence).toList();
    }

    /** A flag in words; steps and rating names are translated through the bundle too. */
    static String sentence(Flag flag) {
        Object[] arguments = flag.getArgumentArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String word && DIMENSIONS.contains(word)) {
                arguments[i] = Messages.text("flag.dimension." + word);
            } else if (flag.kind() == Flag.Kind.VIEWS_DIFFER && i == 1) {
                arguments[i] = Messages.text("enum.AccountabilityStep." + arguments[i]);
            }
        }
        return Messages.text("flag." + flag.kind().name(), arguments);
    }

    public List<String> getFlags() {
        return flags;
    }
}
