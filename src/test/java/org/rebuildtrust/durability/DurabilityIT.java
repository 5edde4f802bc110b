package org.rebuildtrust.durability;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.browser.HttpCaller;
import org.rebuildtrust.browser.PayaraServer;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerStatus;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.testsupport.JpaTestContext;
import org.rebuildtrust.testsupport.PracticeFixture;
import org.rebuildtrust.testsupport.TestDatabase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durability: while a client submits a stream of homework answers through the portal, the server is killed with
 * SIGKILL and started again on the same PostgreSQL database; every answer whose submission the client saw confirmed
 * is there afterwards, submitted and with its text.
 */
class DurabilityIT {

    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"(answerForm:[^\"]+:vTEXT)\"");

    /** Submits the answer of one assignment as the answer page's button would; true only when the page confirmed it. */
    private static boolean submit(HttpCaller partner, long assignmentId, String text) throws IOException, InterruptedException {
        String path = "/portal/answer.xhtml?id=" + assignmentId;
        String page = partner.get(path).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "answerForm:submit");
        form.put("jakarta.faces.partial.execute", "answerForm");
        form.put("jakarta.faces.partial.render", "answerForm");
        form.put("answerForm:submit", "answerForm:submit");
        form.put("answerForm", "answerForm");
        Matcher fields = TEXTAREA.matcher(page);
        while (fields.find()) {
            form.put(fields.group(1), text);
        }
        form.put("primefaces.nonce", HttpCaller.nonce(page));
        form.put("jakarta.faces.ViewState", HttpCaller.viewState(page));
        return partner.post(path, form, true).body().contains("Your answer is submitted");
    }

    @Test
    void everyAnswerConfirmedBeforeASigkillIsThereAfterTheRestart() throws Exception {
        TestDatabase.PostgresSettings db = TestDatabase.freshPostgresSettings();
        JpaTestContext jpa = JpaTestContext.on(db.dataSource());
        PracticeFixture practice = new PracticeFixture(jpa);
        Couple couple = practice.coupleOf(practice.first, practice.label("Durable"), "Ada", "Ben");
        Actor ada = practice.portalLoginFor(couple, 1, "ada");
        Template draft = Template.draft();
        draft.setTitle("Two questions");
        draft.setStep(Step.OPEN_COMMUNICATION);
        draft.setPurpose("Writing it down");
        draft.setInstructions("Answer both.");
        draft.getPrompts().forEach(p -> p.setQuestion("What would you like to say?"));
        Template template = jpa.inTransaction(() -> practice.library.create(practice.first, draft));
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(template.getId());
        request.setAssignee(Assignee.ONE_PARTNER);
        request.setPartnerId(couple.partnerA().getId());
        request.setVisibility(Visibility.PRIVATE);
        request.setDueDate(java.time.LocalDate.now().plusDays(30));
        List<Long> assignments = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            assignments.add(jpa.inTransaction(() -> practice.homework.assign(practice.first, couple.getId(), request)).get(0).getId());
        }

        PayaraServer server = PayaraServer.startOnPostgres("payara-durability", db);
        Map<Long, String> confirmed = new ConcurrentHashMap<>();
        Thread client = new Thread(() -> {
            HttpCaller partner = new HttpCaller(server);
            try {
                partner.signIn(ada.loginName(), PracticeFixture.PASSWORD);
                for (Long id : assignments) {
                    String text = "Answer to " + id + ", written before the crash";
                    if (submit(partner, id, text)) {
                        confirmed.put(id, text);
                    }
                }
            } catch (IOException | RuntimeException connectionLost) {
                // the server was killed mid-request: that answer was never confirmed
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        client.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (confirmed.size() < 15 && client.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        server.kill();
        client.join(30_000);
        Map<Long, String> seenConfirmed = Map.copyOf(confirmed);
        System.out.println("[durability] answers confirmed before SIGKILL: " + seenConfirmed.size() + " of " + assignments.size());
        assertTrue(seenConfirmed.size() >= 15, "the client had answers confirmed before the kill: " + seenConfirmed.size());
        assertTrue(seenConfirmed.size() < assignments.size(), "the kill came in the middle of the stream");

        PayaraServer restarted = PayaraServer.startOnPostgres("payara-durability-restart", db);
        try {
            assertEquals(200, restarted.status("/health/ready"));
            for (Map.Entry<Long, String> sent : seenConfirmed.entrySet()) {
                Answer answer = jpa.inTransaction(() -> {
                    Assignment assignment = practice.homework.review(practice.first, sent.getKey());
                    return assignment.getAnswers().get(0);
                });
                assertEquals(AnswerStatus.SUBMITTED, answer.getStatus(), "assignment " + sent.getKey());
                assertTrue(answer.valueTexts().values().stream().allMatch(sent.getValue()::equals), "its text, as sent");
            }
        } finally {
            restarted.stop();
            jpa.close();
        }
    }
}
