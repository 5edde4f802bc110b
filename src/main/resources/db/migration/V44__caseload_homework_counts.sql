-- The caseload's homework counts (overdue answers and answers waiting for review, per partner and joint), kept on
-- the couple beside its needs-attention marker and moved by the same refresh (review.CaseloadAttention: after every
-- committed change to the couple and once a day), so a caseload page reads its 25 rows and no answers. Counting
-- them per page cost 39 ms of database time a request for a therapist whose couples are two years in (issue 16).
ALTER TABLE couple ADD COLUMN overdue_partner_a INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN overdue_partner_b INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN overdue_joint INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN waiting_partner_a INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN waiting_partner_b INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE couple ADD COLUMN waiting_joint INTEGER DEFAULT 0 NOT NULL;

-- Today's counts for the couples there are, so the caseload shows them as soon as this version starts.
UPDATE couple SET
    overdue_partner_a = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                         JOIN partner p ON p.id = an.partner_id
                         WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND p.seat = 1
                           AND an.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < CURRENT_DATE),
    overdue_partner_b = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                         JOIN partner p ON p.id = an.partner_id
                         WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND p.seat = 2
                           AND an.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < CURRENT_DATE),
    overdue_joint = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                     WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND an.partner_id IS NULL
                       AND an.status IN ('ASSIGNED', 'IN_PROGRESS') AND a.due_date < CURRENT_DATE),
    waiting_partner_a = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                         JOIN partner p ON p.id = an.partner_id
                         WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND p.seat = 1
                           AND an.status = 'SUBMITTED'),
    waiting_partner_b = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                         JOIN partner p ON p.id = an.partner_id
                         WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND p.seat = 2
                           AND an.status = 'SUBMITTED'),
    waiting_joint = (SELECT COUNT(*) FROM answer an JOIN assignment a ON a.id = an.assignment_id
                     WHERE a.couple_id = couple.id AND a.cancelled = FALSE AND an.partner_id IS NULL
                       AND an.status = 'SUBMITTED');

-- The database's date above may not be the practice's: today's refresh runs again at start-up with the practice's.
DELETE FROM daily_job_run WHERE job = 'caseload-attention';
