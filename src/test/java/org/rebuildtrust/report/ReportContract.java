package org.rebuildtrust.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rebuildtrust.accountability.AccountabilityStep;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The progress report on a real database, read back as a reader would: the PDF's text is extracted and checked for
 * what each copy must and must not contain, the CSV for its values and defused formulas.
 */
abstract class ReportContract extends DatabaseContract {

    private static final LocalDate TODAY = PracticeFixture.TODAY;
    private static final Texts WORDS = Texts.in(Locale.ENGLISH);

    /** Ada is the involved partner, Ben the hurt partner; both have said things meant for different readers. */
    private final class Scene {
        final PracticeFixture practice = new PracticeFixture(jpa);
        final Couple couple;
        final Actor ada;
        final Actor ben;
        final ReportPeriod lastMonth = new ReportPeriod(TODAY.minusDays(30), TODAY.plusDays(7));

        Scene() {
            Couple created = practice.coupleOf(practice.first, practice.label("Reported"), "Ada Quill", "Ben Stroud");
            couple = jpa.inTransaction(() -> {
                Couple edited = practice.couples.find(practice.first, created.getId());
                edited.partnerA().setRecoveryRole(RecoveryRole.INVOLVED);
                edited.partnerB().setRecoveryRole(RecoveryRole.HURT);
                edited.setStatus(CoupleStatus.ACTIVE);
                return practice.couples.update(practice.first, edited);
            });
            ada = practice.portalLoginFor(couple, 1, "ada");
            ben = practice.portalLoginFor(couple, 2, "ben");
            submit(ada, give(Visibility.PRIVATE), "Ada keeps this private");
            submit(ada, give(Visibility.SHARED), "Ada shares this openly");
            jpa.inTransaction(() -> {
                practice.checkIns.checkIn(ada, new CheckIn.Ratings(6, 7, 5, 4, "=HYPERLINK(\"http://evil.test\")"));
                practice.checkIns.checkIn(ben, new CheckIn.Ratings(3, 4, 5, 6, "Ben tells only the therapist"));
                practice.accountability.rateSelf(ada, AccountabilityStep.PROVIDE_TRANSPARENCY, 8, null);
                practice.accountability.rateAsHurtPartner(ben, couple.partnerA().getId(),
                        AccountabilityStep.PROVIDE_TRANSPARENCY, 3, "Ben doubts this privately", false);
                practice.accountability.recordEvidence(ada, AccountabilityStep.PROVIDE_TRANSPARENCY, TODAY.minusDays(1),
                        "Showed the phone bill unasked", null);
                practice.accountability.assess(practice.first, couple.getId(), couple.partnerA().getId(),
                        AccountabilityStep.PROVIDE_TRANSPARENCY, org.rebuildtrust.accountability.Assessment.BEGINNING, null);
                practice.milestones.log(ben, MilestoneKind.DATE_NIGHT, TODAY.minusDays(3), "Picnic by the river");
                practice.milestones.log(ben, MilestoneKind.OTHER, TODAY.minusDays(60), "Long before the period");
                return null;
            });
        }

        Assignment give(Visibility visibility) {
            AssignmentRequest request = new AssignmentRequest();
            request.setTemplateId(1L);
            request.setAssignee(Assignee.EACH_PARTNER);
            request.setVisibility(visibility);
            request.setDueDate(TODAY.plusDays(5));
            request.setDuplicateConfirmed(true); // the same homework, given once private and once shared
            return jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0);
        }

        void submit(Actor partner, Assignment assignment, String words) {
            practice.submitAnswer(partner, assignment, words);
        }


        String pdfText(ProgressReport report) {
            return String.join(" ", pdfPages(report));
        }

        String pdfText(ProgressReport report, Texts words) {
            return String.join(" ", pdfPages(report, words));
        }

        /** The text of each page, white space collapsed. */
        List<String> pdfPages(ProgressReport report) {
            return pdfPages(report, WORDS);
        }

        List<String> pdfPages(ProgressReport report, Texts words) {
            byte[] pdf = ProgressReportPdf.write(report, words, ZoneOffset.UTC);
            assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> pages = new java.util.ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(stripper.getText(document).replaceAll("\\s+", " "));
                }
                return pages;
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }

        String csv(Actor actor, ReportPeriod period) {
            return jpa.inTransaction(() -> new String(RatingsCsv.write(actor.isClient()
                            ? practice.reports.ownCheckIns(actor, period)
                            : practice.reports.checkInsInCare(actor, couple.getId(), period),
                    practice.accountability.entriesForReport(actor, couple.getId(), period.from(), period.to()), WORDS),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void theTherapistsCopyHoldsEverythingOfThePeriodIncludingWhatIsPrivate() {
        Scene scene = new Scene();
        String text = scene.pdfText(jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), scene.lastMonth)));

        for (String expected : List.of(scene.couple.getLabel(), "Therapist's copy", "Accountability of Ada Quill",
                "Provide transparency", "3 (new)", "8 (new)", "Beginning", "Showed the phone bill unasked",
                "Ben doubts this privately", "Check-ins", "Trust", "Feeling safe", "Emotional connection", "Communication",
                "Ben tells only the therapist", "Ada keeps this private", "Ada shares this openly", "(private)",
                "Picnic by the river", "Confidential clinical record")) {
            assertTrue(text.contains(expected), () -> "the therapist's copy should contain \"" + expected + "\": " + text);
        }
        assertFalse(text.contains("Long before the period"), "a milestone outside the period is left out");
    }

    @Test
    void theTherapistsCopyHoldsTheIntakesAndTheSafetyFlagAndNoPartnersCopyDoes() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.practice.intakes.submit(scene.ben, new org.rebuildtrust.intake.IntakeAnswers(null, null,
                "Ben hopes to feel safe", "Ben's own account of the summer", false, false, true, false,
                "Ben's words about control"), null));
        String therapists = scene.pdfText(jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), scene.lastMonth)));
        for (String expected : List.of("Intakes and safety", "Ben's own account of the summer", "Ben's words about control",
                "Safety flag · Ben Stroud")) {
            assertTrue(therapists.contains(expected), () -> "the therapist's copy should contain \"" + expected + "\": " + therapists);
        }
        for (org.rebuildtrust.security.Actor partner : List.of(scene.ada, scene.ben)) {
            String copy = scene.pdfText(jpa.inTransaction(() -> scene.practice.reports.partnerCopy(partner, scene.lastMonth)));
            for (String hidden : List.of("Intakes and safety", "Ben's own account", "Ben's words", "Safety flag")) {
                assertFalse(copy.contains(hidden), () -> partner.loginName() + "'s copy must not contain \"" + hidden + "\"");
            }
        }
    }

    @Test
    void aPartnersCopyLeavesOutTheOtherPartnersCheckInsPrivateHomeworkAndPrivateComments() {
        Scene scene = new Scene();
        String bens = scene.pdfText(jpa.inTransaction(() -> scene.practice.reports.partnerCopy(scene.ben, scene.lastMonth)));
        assertTrue(bens.contains("Copy for Ben Stroud"));
        assertTrue(bens.contains("Ben tells only the therapist"), "his own check-in note");
        assertTrue(bens.contains("Ada shares this openly"), "a shared answer");
        assertTrue(bens.contains("Picnic by the river"));
        assertTrue(bens.contains("8 (new)"), "ratings are seen by both partners");
        for (String hidden : List.of("HYPERLINK", "Ada keeps this private", "Ben doubts this privately", "Therapist's copy")) {
            assertFalse(bens.contains(hidden), () -> "Ben's copy must not contain \"" + hidden + "\"");
        }

        String adas = scene.pdfText(jpa.inTransaction(() -> scene.practice.reports.partnerCopy(scene.ada, scene.lastMonth)));
        assertTrue(adas.contains("Copy for Ada Quill"));
        for (String hidden : List.of("Ben tells only the therapist", "Ben doubts this privately", "Ada keeps this private")) {
            assertFalse(adas.contains(hidden), () -> "Ada's copy must not contain \"" + hidden + "\"");
        }
    }

    @Test
    void aPartnersCopyInSpanishHasTheBuiltInHomeworkInSpanishAndTheirOwnWordsAsTyped() {
        Scene scene = new Scene();
        Texts spanish = Texts.in(org.rebuildtrust.shared.Language.SPANISH.locale());
        String bens = scene.pdfText(jpa.inTransaction(() -> scene.practice.reports.partnerCopy(scene.ben, scene.lastMonth)),
                spanish);
        for (String expected : List.of(spanish.get("report.pdf.partnerCopy", "Ben Stroud"), spanish.get("report.pdf.checkIns"),
                "Hablar abiertamente de lo que pasó", "Con tus propias palabras, ¿qué pasó, según lo entiendes hoy?",
                "Ada shares this openly", "Ben tells only the therapist", "Dolor")) {
            assertTrue(bens.contains(expected.replaceAll("\\s+", " ")), () -> "Ben's Spanish copy should contain \"" + expected + "\": " + bens);
        }
        for (String english : List.of("Talking openly about what happened", "In your own words", "Copy for")) {
            assertFalse(bens.contains(english), () -> "no English words of the product in it: " + english);
        }
    }

    @Test
    void theCsvHasOneLinePerValueAndDefusesFormulas() {
        Scene scene = new Scene();
        String csv = jpa.inTransaction(() -> new String(RatingsCsv.write(
                scene.practice.reports.checkInsInCare(scene.practice.first, scene.couple.getId(), scene.lastMonth),
                scene.practice.accountability.entriesForReport(scene.practice.first, scene.couple.getId(),
                        scene.lastMonth.from(), scene.lastMonth.to()), WORDS), StandardCharsets.UTF_8));

        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFDate,Partner,Source,What,Value,Note or comment", lines.get(0));
        assertEquals(1 + 8 + 3, lines.size(), "two check-ins of four values, two ratings and one assessment");
        assertTrue(lines.contains(TODAY + ",Ada Quill,Check-in,Trust,6,\"'=HYPERLINK(\"\"http://evil.test\"\")\""), csv);
        assertTrue(lines.contains(TODAY + ",Ben Stroud,Hurt partner's rating,Provide transparency,3,Ben doubts this privately"), csv);
        assertTrue(lines.stream().noneMatch(l -> l.contains(",=") || l.contains(",\"=")), "no cell starts with =");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndOtherCouplesAreNotFound() {
        Scene scene = new Scene();
        assertEquals("report.error.order", assertThrows(BusinessRuleException.class,
                () -> new ReportPeriod(TODAY, TODAY.minusDays(1))).getMessageKey());
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.second, scene.couple.getId(), scene.lastMonth)));
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() ->
                scene.practice.homework.answersForReport(scene.ada, scene.couple.getId() + 1, TODAY, TODAY)));
    }

    @Test
    void homeworkDueAfterThePeriodIsNeitherListedNorCountedEvenWhenSubmittedEarly() {
        Scene scene = new Scene();
        ReportPeriod untilToday = new ReportPeriod(TODAY.minusDays(30), TODAY);
        ProgressReport report = jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), untilToday));
        assertTrue(report.homework().isEmpty(), "both answers were submitted today but are due in five days");
        String text = scene.pdfText(report);
        assertTrue(text.contains(WORDS.get("report.pdf.noHomework")), text);
        assertFalse(text.contains("Ada shares this openly"), text);

        ProgressReport withDue = jpa.inTransaction(() -> scene.practice.reports.therapistCopy(scene.practice.first,
                scene.couple.getId(), new ReportPeriod(TODAY.minusDays(30), TODAY.plusDays(5))));
        assertEquals(4, withDue.homework().size(), "two assignments, each to both partners, due on the period's last day");
        assertTrue(scene.pdfText(withDue).contains("Ada Quill: 2 due in the period, 2 submitted, 0 overdue."));
    }

    @Test
    void columnHeadersAreNeverBrokenInsideAWord() {
        Scene scene = new Scene();
        String text = scene.pdfText(jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), scene.lastMonth)));
        for (String key : List.of("checkIn.week", "checkIn.partner", "checkIn.trust", "report.pdf.safe",
                "report.pdf.connection", "report.pdf.communication", "report.pdf.note", "accountability.step",
                "accountability.hurtView", "accountability.selfView", "report.pdf.gap", "accountability.assessment",
                "review.dueDate", "report.pdf.homeworkTitle", "review.assignedTo", "report.pdf.status",
                "report.pdf.submitted")) {
            String header = WORDS.get(key);
            assertTrue(text.contains(header), () -> "the header \"" + header + "\" should be whole: " + text);
        }
    }

    @Test
    void emojiArePrintedByNameInsteadOfVanishing() {
        Scene scene = new Scene();
        jpa.inTransaction(() -> scene.practice.milestones.log(scene.ben, MilestoneKind.OTHER, TODAY,
                "Thank you \uD83D\uDE4F Zo\u00EB \u2014 \uD83D\uDC4D\uD83C\uDFFD"));
        String text = scene.pdfText(jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), scene.lastMonth)));
        assertTrue(text.contains("Thank you [person with folded hands] Zo\u00EB \u2014 [thumbs up sign]"), text);
    }

    @Test
    void theChartLegendIsOnEveryPageACheckInChartIsOn() {
        // The 31 layouts below are drawn from one report in memory: only the first read touches the database, and the
        // other tests of this contract read reports on both. Drawing them again on the second database proves nothing
        // new and cost the suite some 10 s of CPU.
        assumeTrue(database() == TestDatabase.H2,
                "page layout does not depend on the database");
        Scene scene = new Scene();
        ProgressReport report = jpa.inTransaction(() ->
                scene.practice.reports.therapistCopy(scene.practice.first, scene.couple.getId(), scene.lastMonth));
        AccountabilityTable table = report.accountability().get(0);
        AccountabilityTable.Row first = table.rows().get(0);
        org.rebuildtrust.accountability.AccountabilityEntry action = table.rows().stream()
                .flatMap(r -> r.evidence().stream()).findFirst().orElseThrow();
        String legendMark = "\u25A0";
        java.util.Set<Integer> chartPages = new java.util.HashSet<>();
        // more and more recorded actions push the charts down, line by line, across a page break
        for (int actions = 0; actions <= 60; actions += 2) {
            AccountabilityTable.Row longer = new AccountabilityTable.Row(first.step(), first.hurtRating(), first.hurtTrend(),
                    first.hurtComment(), first.selfRating(), first.selfTrend(), first.assessment(), first.assessmentNote(),
                    first.evidence(), first.hurtBefore(), first.selfBefore(), first.assessmentBefore(),
                    java.util.Collections.nCopies(actions, action));
            List<AccountabilityTable.Row> rows = new java.util.ArrayList<>(table.rows());
            rows.set(0, longer);
            ProgressReport padded = new ProgressReport(report.couple(), report.therapistName(), report.period(),
                    report.generatedAt(), report.preparedFor(), report.chartedPartners(),
                    List.of(new AccountabilityTable(table.involvedPartner(), rows)), report.checkIns(), report.homework(),
                    report.milestones(), report.intakes(), report.safetyFlags());
            List<String> pages = scene.pdfPages(padded);
            for (int p = 0; p < pages.size(); p++) {
                String page = pages.get(p);
                if (page.contains(WORDS.get("checkIn.safety")) || page.contains(WORDS.get("checkIn.connection"))) {
                    chartPages.add(p);
                    int shown = actions;
                    assertTrue(page.contains(legendMark + " Ada Quill") && page.contains(legendMark + " Ben Stroud"),
                            () -> "with " + shown + " actions a page of charts has no legend: " + page);
                }
            }
        }
        assertTrue(chartPages.size() > 1, "the actions moved the charts across a page break");
    }

    @Test
    void aPartnerDownloadsTheirOwnCsvWithOnlyWhatTheyMaySee() {
        Scene scene = new Scene();
        String bens = scene.csv(scene.ben, scene.lastMonth);
        assertTrue(bens.contains(TODAY + ",Ben Stroud,Check-in,Trust,3,Ben tells only the therapist"), bens);
        assertTrue(bens.contains(TODAY + ",Ben Stroud,Hurt partner's rating,Provide transparency,3,Ben doubts this privately"),
                "his own comment");
        assertTrue(bens.contains(TODAY + ",Ada Quill,Involved partner's own rating,Provide transparency,8"), bens);
        assertFalse(bens.contains("HYPERLINK"), "not Ada's check-in");
        assertFalse(bens.contains("Ada Quill,Check-in"), bens);

        String adas = scene.csv(scene.ada, scene.lastMonth);
        assertTrue(adas.contains(TODAY + ",Ada Quill,Check-in,Trust,6"), adas);
        assertTrue(adas.contains(TODAY + ",Ben Stroud,Hurt partner's rating,Provide transparency,3"), "ratings both see");
        for (String hidden : List.of("Ben tells only the therapist", "Ben doubts this privately", "Ben Stroud,Check-in")) {
            assertFalse(adas.contains(hidden), () -> "Ada's CSV must not contain \"" + hidden + "\": " + adas);
        }
        Scene other = new Scene();
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> other.practice.accountability
                .entriesForReport(other.ada, scene.couple.getId(), TODAY, TODAY)), "another couple's ratings are not found");
    }
}
