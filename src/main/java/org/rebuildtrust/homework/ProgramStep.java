package org.rebuildtrust.homework;

/** One step of a program as a therapist writes it: a template (by family) due some days after the first step. */
public record ProgramStep(long templateFamilyId, int offsetDays) {
}
