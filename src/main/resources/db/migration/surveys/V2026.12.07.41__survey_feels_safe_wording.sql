-- Wording fix of the built-in statement FEELS_SAFE ("Ik voel me veilig in uw werk ..." -> "... in mijn werk ...",
-- and "in uw rol als bestuurder" -> "in mijn rol"). The question's code and answers stay, so comparisons between
-- surveys and municipalities stay valid; only the text shown and printed changes.
UPDATE survey_questionnaire q
   SET questions = (
     SELECT jsonb_agg(
              CASE WHEN e ->> 'code' = 'FEELS_SAFE'
                   THEN jsonb_set(e, '{text}', to_jsonb(replace(e ->> 'text', 'veilig in uw ', 'veilig in mijn ')))
                   ELSE e END
              ORDER BY n)
       FROM jsonb_array_elements(q.questions) WITH ORDINALITY AS x (e, n))
 WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(q.questions) e
                WHERE e ->> 'code' = 'FEELS_SAFE' AND e ->> 'text' LIKE '%veilig in uw %');
