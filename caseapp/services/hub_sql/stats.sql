-- The director's statistics (issue 18): aggregates only, never case text. The views run with their owner's rights,
-- so the director's group needs SELECT on these views and on nothing else.

CREATE OR REPLACE VIEW caseapp_hub.stats_cases_by_month AS
    SELECT to_char(c.opened_on, 'YYYY-MM') AS month, c.stage, count(*) AS cases,
           count(*) FILTER (WHERE c.closed_on IS NOT NULL) AS closed
    FROM caseapp_hub."case" c
    WHERE c.opened_on IS NOT NULL AND c.destroyed_at IS NULL
    GROUP BY 1, 2;

CREATE OR REPLACE VIEW caseapp_hub.stats_services_by_month AS
    SELECT to_char(s.occurred_on, 'YYYY-MM') AS month, s.practice_type, s.contact_mode, count(*) AS entries,
           count(DISTINCT s.case_id) AS cases, coalesce(sum(s.duration_min), 0) AS minutes
    FROM caseapp_hub.serviceentry s
    WHERE s.occurred_on IS NOT NULL
    GROUP BY 1, 2, 3;

CREATE OR REPLACE VIEW caseapp_hub.stats_caseload AS
    SELECT a.practitioner, count(*) AS cases, count(*) FILTER (WHERE c.closed_on IS NULL) AS open_cases
    FROM caseapp_hub.case_assignment a LEFT JOIN caseapp_hub."case" c ON c.id = a.case_id
    GROUP BY 1;

-- The figures of one period (``caseapp hub stats``): days, not months. Aggregates only (counts, minutes, hub user
-- names for the caseload), never a case's number, a client's name or any text. The director and the owner see the
-- whole agency; a supervisor the cases assigned to its team; a practitioner is refused. The keys are those of
-- ``caseapp stats --json`` where the meaning is the same; "held" counts by the open and close dates.
CREATE OR REPLACE FUNCTION caseapp_hub.stats(p_from date, p_to date) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    is_owner boolean := session_user = _owner();
    me caseapp_hub.hub_user;
    scope text;
    figures jsonb;
BEGIN
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
        PERFORM _raise('기간이 맞지 않습니다(종료일이 시작일보다 앞섭니다).', 'The period is wrong (--to is before --from).');
    END IF;
    IF NOT is_owner THEN
        me := _me();
        IF me.kind = 'practitioner' THEN
            PERFORM _raise('기관 통계는 관장·팀장·허브 관리자만 봅니다.',
                           'Agency statistics are for the director, supervisors and the hub administrator.');
        END IF;
    END IF;
    scope := CASE WHEN is_owner OR me.kind = 'director' THEN 'agency' ELSE 'team' END;
    WITH cases AS (
        SELECT c.id, c.opened_on, c.closed_on, a.practitioner
        FROM "case" c LEFT JOIN case_assignment a ON a.case_id = c.id
        WHERE c.destroyed_at IS NULL
          AND (scope = 'agency' OR a.practitioner IN (SELECT u.name FROM hub_user u
                                                     WHERE (me.team IS NOT NULL AND u.team = me.team)
                                                        OR u.name = me.name))
    ), services AS (
        SELECT e.occurred_on, coalesce(nullif(e.practice_type, ''), 'none') AS practice_type,
               coalesce(nullif(e.contact_mode, ''), 'none') AS contact_mode, coalesce(e.duration_min, 0) AS minutes
        FROM serviceentry e JOIN cases s ON s.id = e.case_id
        WHERE e.occurred_on BETWEEN p_from AND p_to
    ), held_end AS (
        SELECT * FROM cases WHERE opened_on <= p_to AND (closed_on IS NULL OR closed_on > p_to)
    ), months AS (
        SELECT m, jsonb_build_object(
                   'cases.opened', (SELECT count(*) FROM cases WHERE to_char(opened_on, 'YYYY-MM') = m
                                    AND opened_on BETWEEN p_from AND p_to),
                   'cases.closed', (SELECT count(*) FROM cases WHERE to_char(closed_on, 'YYYY-MM') = m
                                    AND closed_on BETWEEN p_from AND p_to),
                   'services.total', (SELECT count(*) FROM services WHERE to_char(occurred_on, 'YYYY-MM') = m),
                   'services.minutes', (SELECT coalesce(sum(minutes), 0) FROM services
                                        WHERE to_char(occurred_on, 'YYYY-MM') = m)) AS v
        FROM (SELECT DISTINCT to_char(d, 'YYYY-MM') AS m
              FROM generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') d) ms
    )
    SELECT jsonb_build_object(
               'cases.held_start', (SELECT count(*) FROM cases WHERE opened_on < p_from
                                    AND (closed_on IS NULL OR closed_on >= p_from)),
               'cases.opened', (SELECT count(*) FROM cases WHERE opened_on BETWEEN p_from AND p_to),
               'cases.closed', (SELECT count(*) FROM cases WHERE closed_on BETWEEN p_from AND p_to),
               'cases.held_end', (SELECT count(*) FROM held_end),
               'services.total', (SELECT count(*) FROM services),
               'services.minutes', (SELECT coalesce(sum(minutes), 0) FROM services))
           || coalesce((SELECT jsonb_object_agg('services.by_type.' || practice_type, n)
                        FROM (SELECT practice_type, count(*) AS n FROM services GROUP BY 1) t), '{}')
           || coalesce((SELECT jsonb_object_agg('services.by_mode.' || contact_mode, n)
                        FROM (SELECT contact_mode, count(*) AS n FROM services GROUP BY 1) t), '{}')
           || coalesce((SELECT jsonb_object_agg('caseload.' || coalesce(practitioner, '-'), n)
                        FROM (SELECT practitioner, count(*) AS n FROM held_end GROUP BY 1) t), '{}')
           || jsonb_build_object('monthly', coalesce((SELECT jsonb_object_agg(m, v) FROM months), '{}'))
        INTO figures;
    RETURN jsonb_build_object('from', p_from, 'to', p_to, 'scope', scope,
                              'team', CASE WHEN scope = 'team' THEN me.team END) || figures;
END $$;
