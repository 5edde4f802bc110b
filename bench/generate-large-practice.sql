-- Adds a large synthetic practice to a Rebuild database that the application has already migrated and seeded with
-- the demo practice (so the demo's logins keep working, and the built-in templates and the secrets policy exist):
-- :therapists therapists with :couples active couples each, :weeks weeks of history per couple. Every week each
-- partner gets one homework assignment (built-in templates in turn), answers it (two written prompts), and checks in;
-- a session is held every other week. The last week's homework is still open.
-- Everything is synthetic. Generated accounts share the demo's password (copied from robin's hash).
-- Logins: bench-t<N> (therapists), bench-c<N>-a / bench-c<N>-b (partners of couple N, numbered across the practice).
-- Run: psql -v therapists=200 -v couples=40 -v weeks=104 -f bench/generate-large-practice.sql
\set ON_ERROR_STOP on
\timing off

SELECT id AS practice_id FROM practice ORDER BY id LIMIT 1 \gset
SELECT password_hash AS demo_hash FROM user_account WHERE login_name = 'robin' \gset
SELECT id AS policy_id FROM secrets_policy WHERE practice_id = :practice_id ORDER BY revision DESC LIMIT 1 \gset
SELECT nextval('entity_id_seq') + 1000 AS base \gset

-- Id blocks, one after another, each as large as its table's share (n = couples in all, a = assignments in all).
SELECT :therapists * :couples AS n, :therapists * :couples * :weeks AS a \gset
SELECT :base AS therapist_account0,
       :base + :therapists AS therapist0,
       :base + 2 * :therapists AS couple0,
       :base + 2 * :therapists + :n AS client_account0,
       :base + 2 * :therapists + 3 * :n AS partner0,
       :base + 2 * :therapists + 5 * :n AS signature0,
       :base + 2 * :therapists + 7 * :n AS assignment0,
       :base + 2 * :therapists + 7 * :n + :a AS answer0,
       :base + 2 * :therapists + 7 * :n + 3 * :a AS value0,
       :base + 2 * :therapists + 7 * :n + 7 * :a AS checkin0,
       :base + 2 * :therapists + 7 * :n + 9 * :a AS session0,
       :base + 2 * :therapists + 7 * :n + 10 * :a AS id_end \gset

BEGIN;
CREATE TEMPORARY TABLE bench_clock AS
SELECT (now() AT TIME ZONE 'UTC') AS stamp, (date_trunc('week', current_date) - interval '1 week')::date AS last_week;

INSERT INTO user_account (id, version, created_at, updated_at, practice_id, login_name, display_name, password_hash,
                          role, enabled, email)
SELECT :therapist_account0 + t, 1, c.stamp, c.stamp, :practice_id, 'bench-t' || t, 'Bench Therapist ' || t,
       :'demo_hash', 'THERAPIST', true, 'bench-t' || t || '@example.test'
FROM generate_series(1, :therapists) t, bench_clock c;

INSERT INTO therapist (id, version, created_at, updated_at, practice_id, account_id, display_name)
SELECT :therapist0 + t, 1, c.stamp, c.stamp, :practice_id, :therapist_account0 + t, 'Bench Therapist ' || t
FROM generate_series(1, :therapists) t, bench_clock c;

-- couple k (1..n) belongs to therapist ceil(k / couples)
INSERT INTO couple (id, version, created_at, updated_at, practice_id, therapist_id, label, status, infidelity_kind,
                    start_date, last_activity_at, attention_count)
SELECT :couple0 + k, 1, c.stamp, c.stamp, :practice_id, :therapist0 + (k - 1) / :couples + 1,
       'Bench couple ' || k, 'ACTIVE', (ARRAY['EMOTIONAL', 'PHYSICAL', 'BOTH'])[k % 3 + 1],
       c.last_week - 7 * :weeks, c.stamp, 0
FROM generate_series(1, :n) k, bench_clock c;

INSERT INTO user_account (id, version, created_at, updated_at, practice_id, login_name, display_name, password_hash,
                          role, enabled, email)
SELECT :client_account0 + 2 * (k - 1) + s, 1, c.stamp, c.stamp, :practice_id,
       'bench-c' || k || '-' || (ARRAY['a', 'b'])[s], 'Partner ' || (ARRAY['A', 'B'])[s] || ' ' || k,
       :'demo_hash', 'CLIENT', true, 'bench-c' || k || '-' || (ARRAY['a', 'b'])[s] || '@example.test'
FROM generate_series(1, :n) k, generate_series(1, 2) s, bench_clock c;

INSERT INTO partner (id, version, created_at, updated_at, couple_id, seat, full_name, email, recovery_role, account_id)
SELECT :partner0 + 2 * (k - 1) + s, 1, c.stamp, c.stamp, :couple0 + k, s, 'Partner ' || (ARRAY['A', 'B'])[s] || ' ' || k,
       'bench-c' || k || '-' || (ARRAY['a', 'b'])[s] || '@example.test', (ARRAY['HURT', 'INVOLVED'])[s],
       :client_account0 + 2 * (k - 1) + s
FROM generate_series(1, :n) k, generate_series(1, 2) s, bench_clock c;

INSERT INTO policy_signature (id, version, created_at, updated_at, partner_id, policy_id, typed_name, signed_at)
SELECT :signature0 + 2 * (k - 1) + s, 1, c.stamp, c.stamp, :partner0 + 2 * (k - 1) + s, :policy_id,
       'Partner ' || (ARRAY['A', 'B'])[s] || ' ' || k, c.stamp
FROM generate_series(1, :n) k, generate_series(1, 2) s, bench_clock c;

-- assignment i = (k - 1) * weeks + w + 1, week w = 0 (oldest) .. weeks - 1 (last week)
INSERT INTO assignment (id, version, created_at, updated_at, couple_id, template_id, assignee, visibility, due_date,
                        cancelled, assigned_by_account_id)
SELECT :assignment0 + (k - 1) * :weeks + w + 1, 1,
       (c.last_week - 7 * (:weeks - 1 - w))::timestamp, (c.last_week - 7 * (:weeks - 1 - w))::timestamp,
       :couple0 + k, (ARRAY[1, 2, 4, 5])[w % 4 + 1], 'EACH_PARTNER', 'PRIVATE',
       c.last_week - 7 * (:weeks - 1 - w) + 6, false, :therapist_account0 + (k - 1) / :couples + 1
FROM generate_series(1, :n) k, generate_series(0, :weeks - 1) w, bench_clock c;

-- answer j = 2 * (i - 1) + s; submitted a day before it was due, except the last week's
INSERT INTO answer (id, version, created_at, updated_at, assignment_id, partner_id, status, saved_at, submitted_at)
SELECT :answer0 + 2 * (a.id - :assignment0 - 1) + s, 1, a.created_at, a.created_at, a.id,
       :partner0 + 2 * (a.couple_id - :couple0 - 1) + s,
       CASE WHEN a.due_date > c.last_week + 6 - 7 THEN 'ASSIGNED' ELSE 'SUBMITTED' END,
       CASE WHEN a.due_date > c.last_week + 6 - 7 THEN NULL ELSE (a.due_date - 1)::timestamp END,
       CASE WHEN a.due_date > c.last_week + 6 - 7 THEN NULL ELSE (a.due_date - 1)::timestamp END
FROM assignment a, generate_series(1, 2) s, bench_clock c
WHERE a.id > :assignment0 AND a.id <= :assignment0 + :a;

-- the first two written prompts of each answer's template
INSERT INTO answer_value (id, version, created_at, updated_at, answer_id, prompt_id, value_text)
SELECT :value0 + 2 * (ans.id - :answer0 - 1) + p.nth, 1, ans.created_at, ans.created_at, ans.id, p.id,
       'Week ' || to_char(asg.due_date, 'YYYY-MM-DD') || ': what I noticed, in my own words (' || p.nth || ').'
FROM answer ans
JOIN assignment asg ON asg.id = ans.assignment_id
JOIN (SELECT id, template_id, row_number() OVER (PARTITION BY template_id ORDER BY position) AS nth
      FROM homework_prompt WHERE kind = 'TEXT') p ON p.template_id = asg.template_id AND p.nth <= 2
WHERE ans.id > :answer0 AND ans.id <= :answer0 + 2 * :a AND ans.status = 'SUBMITTED';

INSERT INTO check_in (id, version, created_at, updated_at, partner_id, week_start, trust, safety, connection,
                      communication, note, checked_in_on)
SELECT :checkin0 + 2 * ((k - 1) * :weeks + w) + s, 1, c.stamp, c.stamp, :partner0 + 2 * (k - 1) + s,
       c.last_week - 7 * (:weeks - 1 - w),
       (k + w + s) % 11, (k + 2 * w + s) % 11, (2 * k + w) % 11, (k + 3 * w + 2 * s) % 11,
       CASE WHEN w % 5 = 0 THEN 'A calmer week.' END, c.last_week - 7 * (:weeks - 1 - w) + 6
FROM generate_series(1, :n) k, generate_series(0, :weeks - 1) w, generate_series(1, 2) s, bench_clock c;

INSERT INTO held_session (id, version, created_at, updated_at, couple_id, held_on, partner_a_attended,
                          partner_b_attended, recorded_by_account_id)
SELECT :session0 + (k - 1) * :weeks + w + 1, 1, c.stamp, c.stamp, :couple0 + k, c.last_week - 7 * (:weeks - 1 - w) + 2,
       true, true, :therapist_account0 + (k - 1) / :couples + 1
FROM generate_series(1, :n) k, generate_series(0, :weeks - 1) w, bench_clock c
WHERE w % 2 = 0;

SELECT setval('entity_id_seq', :id_end + 100) \gset
COMMIT;
ANALYZE user_account, therapist, couple, partner, policy_signature, assignment, answer, answer_value, check_in, held_session;

\pset tuples_only on
SELECT format('in the database now: %s couples, %s assignments, %s answers, %s answer values, %s check-ins',
              (SELECT count(*) FROM couple), (SELECT count(*) FROM assignment), (SELECT count(*) FROM answer),
              (SELECT count(*) FROM answer_value), (SELECT count(*) FROM check_in));
