package org.rebuildtrust.homework;

/**
 * The article's steps that homework is built on: the five key steps, the four accountability steps of the
 * involved partner (with the hurt partner's reflection), and rebuilding together (check-ins, milestones).
 */
public enum Step {
    OPEN_COMMUNICATION(Group.KEY_STEPS),
    ESTABLISHING_BOUNDARIES(Group.KEY_STEPS),
    SEEKING_PROFESSIONAL_HELP(Group.KEY_STEPS),
    FORGIVENESS(Group.KEY_STEPS),
    REBUILDING_EMOTIONAL_CONNECTION(Group.KEY_STEPS),
    ACKNOWLEDGE_BETRAYAL(Group.ACCOUNTABILITY),
    TAKE_RESPONSIBILITY(Group.ACCOUNTABILITY),
    MAKE_AMENDS(Group.ACCOUNTABILITY),
    PROVIDE_TRANSPARENCY(Group.ACCOUNTABILITY),
    HURT_PARTNER_REFLECTION(Group.ACCOUNTABILITY),
    CHECK_IN(Group.REBUILDING_TOGETHER),
    MILESTONE(Group.REBUILDING_TOGETHER);

    /** How the library groups the steps. */
    public enum Group {
        KEY_STEPS,
        ACCOUNTABILITY,
        REBUILDING_TOGETHER
    }

    private final Group group;

    Step(Group group) {
        this.group = group;
    }

    public Group getGroup() {
        return group;
    }
}
