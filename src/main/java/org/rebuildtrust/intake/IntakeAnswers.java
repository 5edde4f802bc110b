package org.rebuildtrust.intake;

/** What a partner types and chooses in their intake; a screen answer is null until chosen. */
public record IntakeAnswers(String phone, String bestTime, String hopes, String story, Boolean violence,
                            Boolean threats, Boolean control, Boolean fear, String screenWords) {
}
