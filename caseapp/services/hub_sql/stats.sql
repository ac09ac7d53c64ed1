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
