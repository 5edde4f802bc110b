package org.rebuildtrust.review.web;

import jakarta.validation.constraints.Size;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonArrayBuilder;
import org.rebuildtrust.accountability.Assessment;
import org.rebuildtrust.checkins.CheckInSeries;
import org.rebuildtrust.review.BetweenSessionReview;
import org.rebuildtrust.review.ReviewService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.sessions.PrepNote;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;
import org.rebuildtrust.shared.RequestMemo;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The between-session review of one couple: flags, homework, accountability, check-in charts, milestones. The view
 * keeps the couple's id, the flags' sentences and the preparation note; the review itself is read once per request
 * ({@link RequestMemo}), since a two-year couple's review holds hundreds of entities.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] COLOURS = {"#2f6f73", "#c0392b"};

    @Inject
    transient ReviewService reviews;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient SessionService sessions;

    @Inject
    transient RequestMemo thisRequest;

    @Size(max = PrepNote.TEXT_LENGTH)
    private String prepNote;
    private Long prepNoteVersion;

    private String couple;
    private long coupleId;
    private List<String> flags;

    public void load() {
        coupleId = Ids.parse("Couple", couple);
        // opened (read and recorded as viewed) once, on the page's GET: the view action does not run on postbacks
        BetweenSessionReview review = thisRequest.remember(reviewKey(),
                () -> reviews.open(currentActor.require(), coupleId));
        flags = review.flags().stream().map(CoupleFlagsBacking::sentence).toList();
        if (review.prepNote() != null) {
            prepNote = review.prepNote().getText();
            prepNoteVersion = review.prepNote().getVersion();
        }
    }

    /** Saves the private preparation note; it stays open until the session is recorded, then is kept with it. */
    public void savePrepNote() {
        try {
            PrepNote saved = sessions.savePrepNote(currentActor.require(), coupleId, prepNote, prepNoteVersion);
            prepNoteVersion = saved.getVersion();
            Messages.info("prepNote.saved");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "prepNoteForm");
        }
    }

    public String getPrepNote() {
        return prepNote;
    }

    public void setPrepNote(String prepNote) {
        this.prepNote = prepNote;
    }

    /**
     * Made once: each of {@code Json}'s own builder methods looks the JSON provider up again through the class loaders
     * (a tenth of the review page's time under load, measured with Java Flight Recorder).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /**
     * A Chart.js line chart of one dimension over the weeks, both partners on the same chart so diverging views
     * show at a glance. Weeks without a check-in are gaps, not zeros.
     */
    public String chart(String dimension) {
        CheckInSeries series = chartNumbers(dimension);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        series.weeks().forEach(week -> labels.add(week.toString()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int i = 0; i < series.lines().size(); i++) {
            CheckInSeries.Line line = series.lines().get(i);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            line.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            datasets.add(JSON.createObjectBuilder()
                    .add("label", line.partner().getFullName())
                    .add("data", data)
                    .add("borderColor", COLOURS[i % COLOURS.length])
                    .add("backgroundColor", COLOURS[i % COLOURS.length])
                    // not colour alone: the second partner's line is dashed, with square points
                    .add("borderDash", i == 0 ? JSON.createArrayBuilder() : JSON.createArrayBuilder().add(6).add(4))
                    .add("pointStyle", i == 0 ? "circle" : "rect")
                    .add("spanGaps", false)
                    .add("tension", 0.2));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("plugins", JSON.createObjectBuilder().add("title", JSON.createObjectBuilder()
                                .add("display", true).add("text", Messages.text("checkIn." + dimension))))
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("min", 0).add("max", 10))))
                .build().toString();
    }

    /**
     * The same numbers as {@link #chart}, as a table beside it: one row per week, one column per partner. Computed once
     * per request for both, since the table reads it row by row.
     */
    public CheckInSeries chartNumbers(String dimension) {
        return thisRequest.remember(List.of(ReviewBacking.class, "series", coupleId, dimension), () -> {
            BetweenSessionReview review = getReview();
            return CheckInSeries.of(dimension, review.checkIns(), review.couple().getPartners());
        });
    }

    /** A rating's move since the last session, plainly: "5 → 7 (+2)", "7 (new)", "5 (no change)" or "—". */
    public String ratingChange(Integer before, Integer now) {
        if (now == null) {
            return Messages.text("reviewPage.change.none");
        }
        if (before == null) {
            return Messages.text("reviewPage.change.new", now);
        }
        if (before.equals(now)) {
            return Messages.text("reviewPage.change.same", now);
        }
        return Messages.text("reviewPage.change.moved", before, now, (now > before ? "+" : "") + (now - before));
    }

    /** The therapist's assessment's move since the last session, in the same words as ratings. */
    public String assessmentChange(Assessment before, Assessment now) {
        if (now == null) {
            return Messages.text("reviewPage.change.none");
        }
        String nowText = Messages.text("enum.Assessment." + now);
        if (before == null) {
            return Messages.text("reviewPage.change.new", nowText);
        }
        if (before == now) {
            return Messages.text("reviewPage.change.same", nowText);
        }
        return Messages.text("reviewPage.change.assessmentMoved", Messages.text("enum.Assessment." + before), nowText);
    }

    public List<String> getDimensions() {
        return CheckInSeries.DIMENSION_ORDER;
    }

    public String getCouple() {
        return couple;
    }

    public void setCouple(String couple) {
        this.couple = couple;
    }

    /** The review, read once per request that shows it. */
    public BetweenSessionReview getReview() {
        return thisRequest.remember(reviewKey(), () -> reviews.review(currentActor.require(), coupleId));
    }

    private List<Object> reviewKey() {
        return List.of(ReviewBacking.class, coupleId);
    }

    public List<String> getFlags() {
        return flags;
    }
}
