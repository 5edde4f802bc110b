-- Built-in homework library (portable H2/PostgreSQL seed, ids below 1000): 13 templates, their prompts, and the five-step program.

-- 1. Open communication, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 1, 1, TRUE, FALSE,
    'Talking openly about what happened',
    'OPEN_COMMUNICATION',
    'Putting your experience into words helps you and your partner understand each other instead of guessing. Conversations that keep getting put off rarely go away, and they often come back heavier.',
    'Choose a quiet moment when you won''t be interrupted and give yourself about twenty minutes. Write honestly and in your own words. There are no right or wrong answers, and you don''t need to have everything worked out. If a question feels too raw today, write what you can and bring the rest to your next session.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (101, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, 'TEXT',
    'In your own words, what happened, as you understand it today?',
    'Write about what you know and what you lived through. You don''t need to include every detail.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (102, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 2, 'TEXT',
    'What do you think led to this point in your relationship?',
    'Think about what was going on for each of you, and between you. The aim is to understand, not to find someone to blame.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (103, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 3, 'CHECKLIST',
    'Which feelings are closest to how you feel right now?',
    'Tick as many as fit. Having mixed feelings at the same time is normal.',
    TRUE, NULL, NULL, NULL,
    'Hurt|Angry|Confused|Sad|Ashamed|Afraid|Numb|Hopeful|Relieved|Something else');
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (104, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 4, 'SCALE',
    'How easy does it feel to talk about this with your partner right now?',
    NULL,
    TRUE, NULL, 'Very hard', 'Very easy', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (105, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 5, 'TEXT',
    'What would help you feel safe enough to talk openly with your partner?',
    'For example, a set time to talk, a time limit, or a word either of you can use to take a break.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (106, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 6, 'TEXT',
    'Is there anything you would like your therapist to know before you talk together?',
    NULL,
    FALSE, 2000, NULL, NULL, NULL);

-- 2. Establishing boundaries, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 2, 1, TRUE, FALSE,
    'What I need to feel secure',
    'ESTABLISHING_BOUNDARIES',
    'Clear boundaries give you both something steady to lean on while trust grows back. Naming your own needs first makes it easier to agree on shared ones later.',
    'Take some time on your own to think about what would help you feel secure in the relationship from now on. Be as specific as you can: "let me know if you will be home late" is easier to keep than "be more thoughtful". Your needs may change over time, and that''s okay. Later you will bring your answers together and agree on the boundaries you share.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (111, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 1, 'TEXT',
    'When do you feel least secure in the relationship at the moment?',
    'Think of particular times, places or situations.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (112, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 2, 'LIST',
    'List the boundaries you need to feel secure.',
    'One per line. For example: "Tell me if your plans change."',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (113, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 3, 'LIST',
    'What are you willing to offer so your partner feels secure too?',
    'One per line. Think of things you can do yourself, not only things you would like from your partner.',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (114, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 4, 'TEXT',
    'Which of your boundaries matters most to you, and why?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (115, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 5, 'YES_NO',
    'Is there a boundary you feel unsure about raising with your partner?',
    'If so, you can talk it through with your therapist first.',
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (116, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 6, 'TEXT',
    'Anything else you would like your partner or therapist to understand about your needs?',
    NULL,
    FALSE, 2000, NULL, NULL, NULL);

-- 3. Establishing boundaries, together
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 3, 1, TRUE, FALSE,
    'Our new agreements',
    'ESTABLISHING_BOUNDARIES',
    'Writing down the agreements you both accept turns good intentions into something each of you can count on and come back to.',
    'Sit down together at a calm time, with your own lists of needs close by. Go through them one by one and turn the needs you both accept into clear, simple agreements. You write one shared answer. If you can''t agree on something yet, note it down and take it to your next session rather than forcing it. Agreements can change as things improve, so you will also pick a date to look at them again.',
    'TOGETHER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (121, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 1, 'LIST',
    'Write down the agreements you both accept.',
    'One per line, in words you both understand the same way. For example: "We let each other know when we will be home."',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (122, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 2, 'LIST',
    'Which needs have you not agreed on yet?',
    'Note them briefly so you can bring them to a session.',
    FALSE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (123, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 3, 'TEXT',
    'What will you do if one of you feels an agreement has not been kept?',
    'For example: say so calmly the same day, take a short break if it gets heated, then talk it through.',
    TRUE, 500, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (124, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 4, 'YES_NO',
    'Do you both feel these agreements are fair?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (125, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 5, 'DATE',
    'When will you look at these agreements again together?',
    'A few weeks from now is often a good first check.',
    TRUE, NULL, NULL, NULL, NULL);

-- 4. Seeking professional help, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 4, 1, TRUE, FALSE,
    'What I hope for from our sessions',
    'SEEKING_PROFESSIONAL_HELP',
    'Sharing your hopes and worries about therapy helps your therapist make sessions a safe and useful place for both of you.',
    'Take a few quiet minutes on your own. It''s okay to feel unsure, nervous or even doubtful about therapy. There are no right answers, and your honest replies help your therapist support the conversations that are hard to have at home.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (131, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 1, 'TEXT',
    'What do you hope will be different after working with a therapist?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (132, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 2, 'TEXT',
    'What worries you about coming to therapy together?',
    'Many people worry about being judged, saying the wrong thing, or old pain being stirred up.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (133, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 3, 'CHECKLIST',
    'What would you most like help with in your sessions?',
    'Tick as many as you like.',
    TRUE, NULL, NULL, NULL,
    'Talking about what happened|Understanding why it happened|Handling strong feelings|Agreeing on boundaries|Rebuilding trust day to day|Feeling close again|Thinking about our future|Something else');
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (134, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 4, 'SCALE',
    'How hopeful do you feel about working on this together right now?',
    NULL,
    TRUE, NULL, 'Not hopeful', 'Very hopeful', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (135, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 5, 'TEXT',
    'What helps you feel safe enough to speak honestly in a session?',
    NULL,
    TRUE, 500, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (136, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 6, 'TEXT',
    'Is there anything else your therapist should know?',
    NULL,
    FALSE, 2000, NULL, NULL, NULL);

-- 5. Forgiveness, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 5, 1, TRUE, FALSE,
    'Thinking about forgiveness',
    'FORGIVENESS',
    'Forgiving is not forgetting, and it doesn''t mean what happened was okay. It is a choice, often made slowly, to stop letting the past decide your future together.',
    'This exercise is for each of you. Forgiveness can be about your partner, about yourself, or both. Find a quiet time and go slowly. Write about where you really are today, not where you think you should be. Forgiveness can''t be rushed, and moving forward and then back a little is part of the way.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (141, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 1, 'TEXT',
    'What does forgiveness mean to you?',
    'Think about what it would include for you, and what it would not.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (142, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 2, 'SCALE',
    'How ready do you feel to move forward today?',
    NULL,
    TRUE, NULL, 'Not ready at all', 'Completely ready', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (143, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 3, 'TEXT',
    'What are you still carrying that feels heavy?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (144, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 4, 'TEXT',
    'What would help you take one small step towards forgiveness?',
    'This could be something from your partner, from yourself, or from your sessions.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (145, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 5, 'YES_NO',
    'Is there something you would like to forgive yourself for?',
    'Everyone''s answer is different, and both yes and no are fine.',
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (146, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 6, 'TEXT',
    'If so, what would you like to say to yourself about it?',
    NULL,
    FALSE, 500, NULL, NULL, NULL);

-- 6. Rebuilding emotional connection, together
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 6, 1, TRUE, FALSE,
    'Reconnecting through what we enjoy',
    'REBUILDING_EMOTIONAL_CONNECTION',
    'Returning to what you both enjoyed early on, and trying something new, gives you fresh good moments to build your bond on.',
    'Set aside some relaxed time together, perhaps over a cup of tea. Think back to when you first got together and what you loved doing. You write one shared answer. Keep the plan small and doable: a walk, a meal you cook together or a film night all count. If it feels a bit awkward at first, that''s completely normal.',
    'TOGETHER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (151, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 1, 'LIST',
    'What did you enjoy doing together when you first met?',
    'One activity per line.',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (152, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 2, 'LIST',
    'What would you like to return to, or try for the first time?',
    'Think of hobbies, places, or small everyday rituals like morning coffee together.',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (153, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 3, 'TEXT',
    'Which one will you do next, and what is your plan?',
    'Who arranges what, where you will go and how long you will spend.',
    TRUE, 500, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (154, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 4, 'DATE',
    'When will you do it?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (155, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 6, 5, 'TEXT',
    'Is there anything you want to agree on to keep this time relaxed?',
    'For example, leaving difficult topics for another day, or putting your phones away.',
    FALSE, 500, NULL, NULL, NULL);

-- 7. Acknowledge the betrayal, involved partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (7, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 7, 1, TRUE, FALSE,
    'Recognising the hurt',
    'ACKNOWLEDGE_BETRAYAL',
    'Seeing and naming the pain your partner feels shows them they are understood, and that is where rebuilding trust begins.',
    'Find a quiet time on your own. Try to see things through your partner''s eyes and set aside explaining or defending yourself for now. There will be other times for your side of things. Write simply and honestly. This may feel uncomfortable, and that''s okay.',
    'INVOLVED_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (161, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 1, 'TEXT',
    'In your own words, what did you do that hurt your partner?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (162, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 2, 'TEXT',
    'How do you think it has affected your partner day to day?',
    'Think about their sleep, their mood, how safe they feel, and how they see themselves and you.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (163, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 3, 'CHECKLIST',
    'Which of these do you think your partner may be feeling?',
    'Later you might gently ask your partner whether you saw it right.',
    TRUE, NULL, NULL, NULL,
    'Hurt|Betrayed|Angry|Humiliated|Anxious|Lonely|Unsure what to believe|Doubting themselves|Something else');
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (164, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 4, 'TEXT',
    'What about your partner''s pain has been hardest for you to face?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (165, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7, 5, 'SCALE',
    'How well do you feel you understand your partner''s hurt right now?',
    NULL,
    TRUE, NULL, 'Hardly at all', 'Very well', NULL);

-- 8. Take responsibility, involved partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (8, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 8, 1, TRUE, FALSE,
    'Owning my choices',
    'TAKE_RESPONSIBILITY',
    'Owning your choices, without explaining them away, shows your partner that you can be honest about yourself, even when it''s hard.',
    'Take some quiet time alone. Write about your own choices and use "I" rather than "we" or "you". Understanding why something happened is different from excusing it. There is room for both in therapy, but here the focus is on what you chose to do. Be kind to yourself while you write: facing your actions takes courage.',
    'INVOLVED_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (171, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 1, 'TEXT',
    'Describe the choices you made, using "I" sentences.',
    'For example: "I chose to keep in touch even though I knew it would hurt you."',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (172, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 2, 'LIST',
    'Which excuses or explanations have you been tempted to use?',
    'Naming them makes it easier to set them aside. One per line.',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (173, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 3, 'TEXT',
    'Looking back, when could you have chosen differently?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (174, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 4, 'TEXT',
    'What would taking full responsibility look like from now on?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (175, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 8, 5, 'YES_NO',
    'Have you told your partner clearly, with no "but", that these were your choices?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);

-- 9. Make amends, involved partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (9, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 9, 1, TRUE, FALSE,
    'Making amends',
    'MAKE_AMENDS',
    'A heartfelt apology opens the door, and steady, concrete changes show your partner it can be trusted.',
    'Find a quiet moment alone. First, draft an apology in your own words: say what you did and how it affected your partner, without "but" or "if". Then think about the concrete changes you will make. Small changes you keep mean more than big promises. Your therapist can help you choose a good time to share your apology.',
    'INVOLVED_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (181, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 9, 1, 'TEXT',
    'Write the apology you would like to give your partner.',
    'Name what you did and how it hurt. Leave explanations out for now, and don''t ask for forgiveness in return.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (182, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 9, 2, 'LIST',
    'What concrete changes will you make?',
    'One action per line, clear enough that you would both notice if it happens. For example: "I will call if I am running more than half an hour late."',
    TRUE, 200, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (183, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 9, 3, 'TEXT',
    'How will you keep these changes going when things get difficult?',
    NULL,
    TRUE, 500, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (184, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 9, 4, 'YES_NO',
    'Have you already apologised to your partner?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (185, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 9, 5, 'DATE',
    'When would you like to share your apology or your list with your partner?',
    'You can also choose to do this during a session.',
    FALSE, NULL, NULL, NULL, NULL);

-- 10. Provide transparency, involved partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (10, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 10, 1, TRUE, FALSE,
    'Being open about my days',
    'PROVIDE_TRANSPARENCY',
    'Sharing where you are and what you are doing, before you are asked, gives your partner steady reasons to trust you again.',
    'Go through the list on your own and tick the practices you already do or are ready to offer. Openness means most when it is offered freely rather than under pressure. It can feel uncomfortable at first and usually gets easier for both of you. Talk with your partner and your therapist about which practices help most, and for how long.',
    'INVOLVED_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (191, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 1, 'CHECKLIST',
    'Which of these open habits are you offering your partner?',
    'Tick everything you do now or are ready to start.',
    TRUE, NULL, NULL, NULL,
    'I tell my partner where I am and when my plans change|I share my phone and messages when asked|I tell my partner about any contact with the other person|I introduce my partner to the people I spend time with|I share my calendar|I answer questions honestly, even uncomfortable ones|I am open about my social media|Something else');
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (192, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 2, 'TEXT',
    'Which practice feels hardest for you, and why?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (193, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 3, 'TEXT',
    'Describe one moment this week when you were open without being asked.',
    NULL,
    TRUE, 500, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (194, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 4, 'SCALE',
    'How comfortable do you feel being this open?',
    NULL,
    TRUE, NULL, 'Very uncomfortable', 'Completely at ease', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (195, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 5, 'YES_NO',
    'Have you asked your partner which of these help them most?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (196, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 10, 6, 'TEXT',
    'Anything about openness you would like to talk over with your therapist?',
    NULL,
    FALSE, 500, NULL, NULL, NULL);

-- 11. Reflection, hurt partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (11, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 11, 1, TRUE, FALSE,
    'Reflecting on my feelings and needs',
    'HURT_PARTNER_REFLECTION',
    'Making time for your own feelings and hopes supports your healing and gives you a voice in shaping what comes next. What happened was not your fault.',
    'This time is for you. Find a quiet moment and go at your own pace. There are no right answers. The choice to be unfaithful was not yours, and nothing here asks you to carry the blame for it. Instead, it invites you to notice what you feel, what you hope for from here, and the patterns you and your partner may have drifted into, so you can both decide what you want to be different.',
    'HURT_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (201, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 1, 'TEXT',
    'What are you feeling most strongly these days?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (202, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 2, 'TEXT',
    'What do you need to look after yourself right now?',
    'Think about rest, support from friends or family, and time for things that calm you.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (203, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 3, 'TEXT',
    'What do you expect from your partner as you rebuild?',
    NULL,
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (204, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 4, 'TEXT',
    'Looking at your relationship over time, which patterns between you would you like to change?',
    'For example, how you talked to each other, how much time you had together, or needs that went unspoken. This is about the relationship you want from now on, not about blame.',
    TRUE, 2000, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (205, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 5, 'SCALE',
    'How hopeful do you feel about the relationship right now?',
    NULL,
    TRUE, NULL, 'Not hopeful', 'Very hopeful', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (206, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 11, 6, 'TEXT',
    'Is there anything else you would like your therapist to know?',
    NULL,
    FALSE, 2000, NULL, NULL, NULL);

-- 12. Weekly check-in, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (12, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 12, 1, TRUE, FALSE,
    'Weekly check-in',
    'CHECK_IN',
    'A few quick ratings each week help you both notice how things are changing and keep talking about it, especially in the harder weeks.',
    'Take a couple of minutes at about the same time each week. Rate how the past week felt to you, not how you think it ought to feel. Ups and downs are a normal part of rebuilding, and one low week doesn''t undo the progress you have made.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (211, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12, 1, 'SCALE',
    'How much do you trust your partner this week?',
    '0 is the lowest and 10 the highest. Your first instinct is usually right.',
    TRUE, NULL, 'Not at all', 'Completely', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (212, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12, 2, 'SCALE',
    'How safe do you feel in the relationship this week?',
    NULL,
    TRUE, NULL, 'Not safe at all', 'Completely safe', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (213, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12, 3, 'SCALE',
    'How emotionally connected do you feel to your partner this week?',
    NULL,
    TRUE, NULL, 'Not connected at all', 'Very connected', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (214, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12, 4, 'SCALE',
    'How well have you and your partner communicated this week?',
    NULL,
    TRUE, NULL, 'Very poorly', 'Very well', NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (215, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 12, 5, 'TEXT',
    'Anything you would like to add about this week?',
    NULL,
    FALSE, 500, NULL, NULL, NULL);

-- 13. Milestone, each partner
INSERT INTO homework_template (id, version, created_at, updated_at, practice_id, family_id, revision, is_current, archived, title, step, purpose, instructions, audience, copied_from_id)
VALUES (13, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 13, 1, TRUE, FALSE,
    'A moment worth celebrating',
    'MILESTONE',
    'Noticing the good moments, even small ones, reminds you both that things are moving forward.',
    'When something good happens between you, note it here while it is fresh. It doesn''t need to be big: laughing together or an honest talk counts. Looking back at these moments can help on the harder days.',
    'EACH_PARTNER', NULL);

INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (221, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 13, 1, 'CHECKLIST',
    'What kind of moment was it?',
    'Tick all that fit.',
    TRUE, NULL, NULL, NULL,
    'A moment of vulnerability|Shared laughter|A date night|A hard conversation done well|Other');
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (222, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 13, 2, 'DATE',
    'When did it happen?',
    NULL,
    TRUE, NULL, NULL, NULL, NULL);
INSERT INTO homework_prompt (id, version, created_at, updated_at, template_id, position, kind, question, help, required, max_length, low_label, high_label, options)
VALUES (223, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 13, 3, 'TEXT',
    'Describe it in a few words.',
    NULL,
    TRUE, 500, NULL, NULL, NULL);

-- The five key steps as one program: a new template every two weeks.
INSERT INTO homework_program (id, version, created_at, updated_at, practice_id, title, description)
VALUES (900, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, 'The five key steps, one every two weeks',
    'Five exercises that follow the key steps of rebuilding trust: talking openly about what happened, setting boundaries, getting the most from therapy, thinking about forgiveness, and reconnecting. A new exercise starts every two weeks, leaving time to talk each one through in between.');

INSERT INTO homework_program_item (id, version, created_at, updated_at, program_id, position, template_family_id, offset_days)
VALUES (901, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 900, 1, 1, 0);
INSERT INTO homework_program_item (id, version, created_at, updated_at, program_id, position, template_family_id, offset_days)
VALUES (902, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 900, 2, 2, 14);
INSERT INTO homework_program_item (id, version, created_at, updated_at, program_id, position, template_family_id, offset_days)
VALUES (903, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 900, 3, 4, 28);
INSERT INTO homework_program_item (id, version, created_at, updated_at, program_id, position, template_family_id, offset_days)
VALUES (904, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 900, 4, 5, 42);
INSERT INTO homework_program_item (id, version, created_at, updated_at, program_id, position, template_family_id, offset_days)
VALUES (905, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 900, 5, 6, 56);
