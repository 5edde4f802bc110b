-- Every held session recorded so far becomes a held appointment of that day (its time was never recorded: noon, UTC,
-- so that its day reads the same in any practice's time zone).
INSERT INTO appointment (id, version, created_at, updated_at, couple_id, starts_at, duration_minutes, time_known, kind,
                         status, partner_a_attended, partner_b_attended, held_session_id)
SELECT NEXT VALUE FOR entity_id_seq, 1, s.created_at, s.updated_at, s.couple_id, CAST(s.held_on AS TIMESTAMP) + INTERVAL '12' HOUR, 50,
       FALSE, 'JOINT', 'HELD', s.partner_a_attended, s.partner_b_attended, s.id
FROM held_session s;
