-- A written answer to a built-in template may be a letter to one's partner: several thousand characters, not 500 or
-- 2000. The column holds 8000 (answer_value.value_text). Practice-written templates keep the limits their authors chose.
UPDATE homework_prompt SET max_length = 8000
WHERE kind = 'TEXT' AND max_length < 8000
  AND template_id IN (SELECT id FROM homework_template WHERE practice_id IS NULL);
