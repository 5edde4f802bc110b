package org.rebuildtrust.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.Tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The therapist invites each partner to the portal by email; the partner follows the single-use link within 72 hours
 * and chooses a login name and password. Partners who share an email address each get their own invitation and their
 * own login. A new invitation (resend) revokes the partner's earlier open one; the therapist can also revoke.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AccountService accounts;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected InvitationService() {
        // for CDI
    }

    public InvitationService(EntityManager em, CoupleService couples, AccountService accounts, Mailer mailer,
                             AuditTrail audit, Clock clock) {
        this.em = em;
        this.couples = couples;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Invites (or invites again) a partner without a portal login, by email to their address on record.
     * {@code portalAddress} is where the application is reached, for the link, e.g. {@code https://rebuild.example}.
     */
    public Invitation invite(@NotNull Actor staff, long coupleId, long partnerId, @NotNull String portalAddress) {
        Couple couple = couples.findInCare(staff, coupleId);
        Partner partner = couple.getPartners().stream().filter(p -> p.getId() == partnerId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Partner", partnerId));
        if (partner.hasPortalAccount()) {
            throw new BusinessRuleException("couple.partnerHasLogin");
        }
        if (partner.getEmail() == null || partner.getEmail().isBlank()) {
            throw new BusinessRuleException("invitation.noEmail");
        }
        Instant now = clock.instant();
        openInvitationsOf(partnerId).forEach(open -> open.revoke(now));
        String token = Tokens.newToken();
        Invitation invitation = new Invitation(partner, token, staff.accountId(), now);
        em.persist(invitation);
        // A shared mailbox may be read by others: the email names only the practice, never the therapist or what the
        // portal holds, so it does not disclose the therapy.
        Texts words = Texts.in(partner.emailLanguage().locale());
        String practice = couple.getPractice().getName();
        mailer.send(partner.getEmail(), words.get("mail.invitation.subject", practice), words.get("mail.invitation.body",
                partner.getFirstName(), practice, portalAddress + "/welcome.xhtml?token=" + token));
        audit.record(staff, AuditAction.CHANGE, AuditRecord.PARTNER, partnerId, coupleId, "invited by email");
        return invitation;
    }

    public void revoke(@NotNull Actor staff, long coupleId, long partnerId) {
        Couple couple = couples.findInCare(staff, coupleId);
        if (couple.getPartners().stream().noneMatch(p -> p.getId() == partnerId)) {
            throw new RecordNotFoundException("Partner", partnerId);
        }
        openInvitationsOf(partnerId).forEach(open -> open.revoke(clock.instant()));
        audit.record(staff, AuditAction.CHANGE, AuditRecord.PARTNER, partnerId, coupleId, "invitation revoked");
    }

    /** The newest invitation of each partner of the couple who has one. */
    public Map<Long, Invitation> latestOf(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        Map<Long, Invitation> latest = new HashMap<>();
        em.createQuery("SELECT i FROM Invitation i WHERE i.partner.couple.id = :couple ORDER BY i.createdAt, i.id",
                        Invitation.class)
                .setParameter("couple", coupleId)
                .getResultList()
                .forEach(i -> latest.put(i.getPartner().getId(), i));
        return latest;
    }

    /** The invitation a link stands for, while it may still be used; anything else is refused with one message. */
    public Invitation open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessRuleException("invitation.invalid");
        }
        List<Invitation> found = em.createQuery("SELECT i FROM Invitation i JOIN FETCH i.partner WHERE i.tokenHash = :hash",
                        Invitation.class)
                .setParameter("hash", Invitation.hash(token))
                .getResultList();
        if (found.isEmpty() || found.get(0).stateAt(clock.instant()) != Invitation.State.OPEN
                || found.get(0).getPartner().hasPortalAccount()) {
            throw new BusinessRuleException("invitation.invalid");
        }
        return found.get(0);
    }

    /** Creates the partner's login from a valid invitation and uses the invitation up. */
    public UserAccount accept(String token, String loginName, String password) {
        Invitation invitation = open(token);
        Partner partner = invitation.getPartner();
        UserAccount account = accounts.createInvitedClientAccount(partner.getCouple().getPractice().getId(), loginName,
                partner.getFullName(), password);
        partner.linkAccount(account);
        invitation.accept(clock.instant());
        em.flush();
        audit.record(Actor.of(account), AuditAction.CREATE, AuditRecord.ACCOUNT, account.getId(),
                partner.getCouple().getId(), "invitation accepted");
        return account;
    }

    private List<Invitation> openInvitationsOf(long partnerId) {
        Instant now = clock.instant();
        return em.createQuery("SELECT i FROM Invitation i WHERE i.partner.id = :partner", Invitation.class)
                .setParameter("partner", partnerId)
                .getResultList().stream().filter(i -> i.stateAt(now) == Invitation.State.OPEN).toList();
    }
}
