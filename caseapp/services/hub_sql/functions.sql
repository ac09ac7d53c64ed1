-- The agency hub's functions (issue 18). Owned by the schema's owner. The ones the laptops call are SECURITY DEFINER
-- with a pinned search_path; the caller is session_user mapped through hub_user. Helpers (leading underscore) are
-- executable by the owner only; the per-change ones (_take, _materialize, _case_of, _sqlval…) have no SET clause
-- of their own (it costs a configuration save and restore on every call, and _sqlval could not be inlined): they
-- run only inside push/pull, under the search_path those pin. Errors a user can act on: SQLSTATE CA001, English
-- message, Korean detail.

CREATE OR REPLACE FUNCTION caseapp_hub._raise(ko text, en text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'CA001', MESSAGE = en, DETAIL = ko;
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub._owner() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_get_userbyid(nspowner)::text FROM pg_namespace WHERE nspname = 'caseapp_hub'
$$;

CREATE OR REPLACE FUNCTION caseapp_hub._me() RETURNS caseapp_hub.hub_user
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    me caseapp_hub.hub_user;
BEGIN
    SELECT * INTO me FROM hub_user WHERE role_name = session_user AND active;
    IF NOT FOUND THEN
        PERFORM _raise('이 허브의 활성 사용자가 아닙니다: ' || session_user,
                       'Not an active user of this hub: ' || session_user);
    END IF;
    RETURN me;
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub._own_device(me caseapp_hub.hub_user, p_device text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM device WHERE device = p_device AND hub_user = me.name) THEN
        PERFORM _raise('이 기기는 ' || me.name || ' 사용자의 기기로 등록되어 있지 않습니다: ' || coalesce(p_device, ''),
                       'This device is not registered to ' || me.name || ': ' || coalesce(p_device, ''));
    END IF;
END $$;

-- The cases session_user may read directly (RLS): those assigned to them. A supervisor reads its team's other cases
-- only through pull, where each read is an access record.
CREATE OR REPLACE FUNCTION caseapp_hub.my_cases() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
    SELECT a.case_id FROM case_assignment a JOIN hub_user u ON u.name = a.practitioner
    WHERE u.role_name = session_user AND u.active
$$;

-- A raw stored value (JSON, as sync_log.encode_value made it) as the text of a literal of the column's kind, or NULL
-- when it does not fit (a sealed value in a typed column): the log keeps the value either way.
CREATE OR REPLACE FUNCTION caseapp_hub._sqlval(v jsonb, kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN v IS NULL OR jsonb_typeof(v) = 'null' THEN NULL
        WHEN kind = 'bytea' THEN
            CASE WHEN jsonb_typeof(v) = 'object' AND (v ->> '$hex') ~ '^([0-9A-Fa-f]{2})*$'
                 THEN '\x' || (v ->> '$hex') END
        WHEN kind = 'json' THEN
            CASE WHEN jsonb_typeof(v) <> 'string' THEN v::text
                 WHEN (v #>> '{}') ~ '^\s*[\[{]' THEN v #>> '{}'
                 ELSE v::text END
        WHEN kind = 'bool' THEN
            CASE jsonb_typeof(v)
                WHEN 'boolean' THEN v::text
                WHEN 'number' THEN (v::text::numeric <> 0)::text
                WHEN 'string' THEN CASE WHEN lower(v #>> '{}') IN ('1', 'true', 't') THEN 'true'
                                        WHEN lower(v #>> '{}') IN ('0', 'false', 'f') THEN 'false' END
            END
        WHEN kind = 'int' THEN CASE WHEN (v #>> '{}') ~ '^-?\d{1,18}$' THEN v #>> '{}' END
        WHEN kind = 'float' THEN CASE WHEN (v #>> '{}') ~ '^-?\d+(\.\d+)?([eE][-+]?\d{1,3})?$' THEN v #>> '{}' END
        WHEN kind = 'date' THEN
            CASE WHEN (v #>> '{}') ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$' THEN v #>> '{}' END
        WHEN kind = 'timestamp' THEN
            CASE WHEN (v #>> '{}') ~ ('^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[ T]([01]\d|2[0-3]):[0-5]\d'
                                      '(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?$')
                 THEN v #>> '{}' END
        WHEN jsonb_typeof(v) = 'string' THEN v #>> '{}'
        ELSE v::text
    END
$$;

-- The case a change belongs to, computed from the hub's own rows (never only from what the laptop claims).
CREATE OR REPLACE FUNCTION caseapp_hub._case_of(t text, r text, k text, f jsonb) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    known text;
    client text;
    p caseapp_hub.hub_parent;
BEGIN
    IF t = 'case' THEN
        RETURN r;
    END IF;
    SELECT case_id INTO known FROM row_clock WHERE tbl = t AND row_id = r;
    IF known IS NOT NULL THEN
        RETURN known;
    END IF;
    IF t = 'client' THEN
        RETURN (SELECT c.id FROM "case" c WHERE c.client_id = r ORDER BY c.created_at, c.id LIMIT 1);
    END IF;
    IF t = 'householdmember' THEN
        client := coalesce(f ->> 'client_id',
                           (SELECT vals ->> 'client_id' FROM row_clock WHERE tbl = t AND row_id = r));
        RETURN (SELECT c.id FROM "case" c WHERE c.client_id = client ORDER BY c.created_at, c.id LIMIT 1);
    END IF;
    IF EXISTS (SELECT 1 FROM hub_column WHERE tbl = t AND col = 'case_id') THEN
        RETURN coalesce(f ->> 'case_id', k);
    END IF;
    SELECT * INTO p FROM hub_parent WHERE tbl = t;
    IF FOUND THEN
        RETURN coalesce((SELECT case_id FROM row_clock WHERE tbl = p.parent AND row_id = (f ->> p.fk)), k);
    END IF;
    RETURN k;  -- installation-wide rows (practitioner, agency, resource): NULL
END $$;

-- A client with several cases (a case reopened) is filed under its first; the holder of any of its cases may change
-- it and its household too.
CREATE OR REPLACE FUNCTION caseapp_hub._holds_client(me caseapp_hub.hub_user, t text, r text, f jsonb) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM caseapp_hub."case" k JOIN caseapp_hub.case_assignment a ON a.case_id = k.id
        WHERE a.practitioner = me.name
          AND k.client_id = CASE WHEN t = 'client' THEN r ELSE coalesce(f ->> 'client_id',
              (SELECT vals ->> 'client_id' FROM caseapp_hub.row_clock WHERE tbl = t AND row_id = r)) END)
$$;

-- A case's insert names its client: file the client's (and household's) changes under the case.
CREATE OR REPLACE FUNCTION caseapp_hub._file_client(p_case text, p_client text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE row_clock SET case_id = p_case WHERE case_id IS NULL
        AND ((tbl = 'client' AND row_id = p_client) OR (tbl = 'householdmember' AND vals ->> 'client_id' = p_client));
    UPDATE change SET vis_case = p_case WHERE vis_case IS NULL
        AND ((tbl = 'client' AND row_id = p_client)
             OR (tbl = 'householdmember' AND row_id IN (
                     SELECT row_id FROM row_clock WHERE tbl = 'householdmember' AND vals ->> 'client_id' = p_client)));
END $$;

-- The hub's copy of the case tables: per field, the later clock wins (conflicts are the laptops' to resolve; their
-- resolutions arrive as changes). A deleted row stays deleted; a destroyed case's rows and logged values go.
CREATE OR REPLACE FUNCTION caseapp_hub._materialize(t text, r text, op text, hlc text, f jsonb, vis text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    rc caseapp_hub.row_clock;
    have boolean;
    win jsonb;
    gone record;
BEGIN
    IF op = 'destroy' THEN
        FOR gone IN SELECT tbl, row_id FROM row_clock WHERE case_id = r AND NOT deleted LOOP
            EXECUTE format('DELETE FROM %I WHERE id = $1', gone.tbl) USING gone.row_id;
        END LOOP;
        UPDATE row_clock SET vals = '{}', deleted = true WHERE case_id = r;
        UPDATE change c SET fields = '{}' WHERE c.vis_case = r AND c.op <> 'destroy';
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM hub_column WHERE tbl = t) THEN
        RETURN;  -- a table this hub does not know (a newer laptop): kept in the log only
    END IF;
    SELECT * INTO rc FROM row_clock WHERE tbl = t AND row_id = r FOR UPDATE;
    have := FOUND;
    IF have AND rc.deleted THEN
        RETURN;
    END IF;
    IF op = 'delete' THEN
        EXECUTE format('DELETE FROM %I WHERE id = $1', t) USING r;
        INSERT INTO row_clock AS x (tbl, row_id, clocks, vals, case_id, deleted)
            VALUES (t, r, jsonb_build_object('__row__', hlc), '{}', vis, true)
            ON CONFLICT (tbl, row_id) DO UPDATE SET deleted = true, vals = '{}',
                clocks = x.clocks || jsonb_build_object('__row__', hlc);
        RETURN;
    END IF;
    -- a signature fixes the content it signed, whatever the clocks of edits that came before it (as on a laptop,
    -- where such an edit becomes a conflict); otherwise the later clock wins, field by field
    SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}') INTO win FROM jsonb_each(f) e
        WHERE e.key <> 'id'
          AND ((f ->> 'signed_at') IS NOT NULL OR hlc > coalesce(rc.clocks ->> e.key, rc.clocks ->> '*', ''));
    IF win = '{}' THEN
        RETURN;
    END IF;
    INSERT INTO row_clock AS x (tbl, row_id, clocks, vals, case_id)
        VALUES (t, r, (SELECT jsonb_object_agg(k, hlc) FROM jsonb_object_keys(win) k), win, vis)
        ON CONFLICT (tbl, row_id) DO UPDATE SET
            clocks = x.clocks || excluded.clocks, vals = x.vals || excluded.vals,
            case_id = coalesce(x.case_id, excluded.case_id);
    PERFORM _put(t, r, win);  -- generated per table by hub_schema (columns it does not know are left out)
END $$;

-- Re-check one change and take it (NULL) or say why it is refused. Called by push in sequence order per device.
CREATE OR REPLACE FUNCTION caseapp_hub._take(me caseapp_hub.hub_user, ch jsonb) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    t text := ch ->> 't';
    r text := ch ->> 'r';
    op text := ch ->> 'op';
    f jsonb := coalesce(ch -> 'f', '{}');
    k text := ch ->> 'k';
    vis text;
    holder caseapp_hub.hub_user;
    rc caseapp_hub.row_clock;
BEGIN
    IF me.kind = 'director' THEN
        RETURN 'director';
    END IF;
    IF t IS NULL OR r IS NULL OR NOT coalesce(op IN ('insert', 'update', 'delete', 'destroy'), false)
       OR NOT coalesce((ch ->> 'c') ~ '^\d{13}\.\d{4}\.[0-9a-f]{12}$', false) OR jsonb_typeof(f) <> 'object' THEN
        RETURN 'malformed';
    END IF;
    vis := _case_of(t, r, k, f);
    IF k IS NOT NULL AND vis IS DISTINCT FROM k THEN
        RETURN 'case_mismatch';  -- the row belongs to another case than the change says
    END IF;
    IF vis IS NOT NULL THEN
        SELECT u.* INTO holder FROM case_assignment a JOIN hub_user u ON u.name = a.practitioner WHERE a.case_id = vis;
        IF NOT FOUND THEN
            IF op = 'destroy' THEN
                RETURN 'not_assigned';
            END IF;
            -- a case the hub has not seen yet: its creator's (position 0: not a move, its creator holds it)
            INSERT INTO case_assignment (case_id, practitioner, assigned_by, hub_seq) VALUES (vis, me.name, me.name, 0);
        ELSIF holder.name <> me.name AND NOT (
                me.kind = 'supervisor' AND me.team IS NOT NULL AND holder.team IS NOT DISTINCT FROM me.team
                AND t IN ('supervisionrecord', 'supervisorconfirmation', 'addendum') AND op <> 'destroy')
              AND NOT (t IN ('client', 'householdmember') AND _holds_client(me, t, r, f)) THEN
            RETURN 'not_assigned';
        END IF;
    END IF;
    IF vis IS NOT NULL AND EXISTS (SELECT 1 FROM row_clock WHERE tbl = 'case' AND row_id = vis AND deleted) THEN
        RETURN 'destroyed';  -- 파기: nothing of the case comes back
    END IF;
    IF op <> 'destroy' AND EXISTS (SELECT 1 FROM hub_column WHERE tbl = t AND col = 'signed_at') THEN
        SELECT * INTO rc FROM row_clock WHERE tbl = t AND row_id = r;
        IF FOUND AND NOT rc.deleted AND (rc.vals ->> 'signed_at') IS NOT NULL THEN
            -- a signed row never changes: only a repeat of the values it holds passes
            IF op = 'delete'
               OR EXISTS (SELECT 1 FROM jsonb_each(f) e WHERE e.value IS DISTINCT FROM rc.vals -> e.key) THEN
                RETURN 'signed';
            END IF;
        END IF;
    END IF;
    INSERT INTO change (device, seq, hlc, tbl, row_id, op, fields, base, actor, case_id, vis_case, pushed_by)
        VALUES (ch ->> 'dv', (ch ->> 'sq')::bigint, ch ->> 'c', t, r, op, f, coalesce(ch -> 'b', '{}'),
                coalesce(ch ->> 'a', ''), k, vis, me.name);
    PERFORM _materialize(t, r, op, ch ->> 'c', f, vis);
    IF t = 'case' AND (f ->> 'client_id') IS NOT NULL THEN
        PERFORM _file_client(r, f ->> 'client_id');
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub._change_json(c caseapp_hub.change) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('dv', c.device, 'sq', c.seq, 'c', c.hlc, 't', c.tbl, 'r', c.row_id, 'op', c.op,
                              'f', c.fields, 'b', c.base, 'a', c.actor, 'k', c.case_id)
$$;

CREATE OR REPLACE FUNCTION caseapp_hub._vector() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_object_agg(device, top_seq), '{}') FROM caseapp_hub.device WHERE top_seq > 0
$$;

-- --- what the laptops call -------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION caseapp_hub.register_device(p_device text, p_name text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    me hub_user := _me();
    holder text;
BEGIN
    IF p_device IS NULL OR p_device !~ '^[0-9a-f]{12}$' THEN
        PERFORM _raise('기기 ID는 16진수 12자리여야 합니다: ' || coalesce(p_device, ''),
                       'A device id is 12 hex digits: ' || coalesce(p_device, ''));
    END IF;
    SELECT hub_user INTO holder FROM device WHERE device = p_device;
    IF FOUND AND holder <> me.name THEN
        PERFORM _raise('이 기기는 다른 사용자(' || holder || ')의 기기로 등록되어 있습니다.',
                       'This device is registered to another user (' || holder || ').');
    END IF;
    INSERT INTO device (device, hub_user, name) VALUES (p_device, me.name, coalesce(p_name, ''))
        ON CONFLICT (device) DO UPDATE SET name = excluded.name;
    RETURN jsonb_build_object('user', me.name, 'kind', me.kind, 'team', me.team, 'display_name', me.display_name,
                              'agency_key', me.agency_key,
                              'hub_id', (SELECT value #>> '{}' FROM hub_meta WHERE key = 'hub_id'));
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub.push(p_device text, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    me hub_user := _me();
    ch jsonb;
    dv text;
    sq bigint;
    holder text;
    top bigint;
    nxt caseapp_hub.held_change;
    why text;
    d record;
    refused jsonb := '[]';
    accepted int := 0;
    held int := 0;
BEGIN
    PERFORM _own_device(me, p_device);
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'array' THEN
        PERFORM _raise('push에는 변경의 배열이 필요합니다.', 'push takes an array of changes.');
    END IF;
    -- one writer at a time: hub_seq order is commit order, so a pull's cursor never passes an uncommitted change
    PERFORM pg_advisory_xact_lock(hashtext('caseapp_hub.change'));
    UPDATE device SET last_push_at = now() WHERE device = p_device;
    FOR ch IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        dv := ch ->> 'dv';
        IF jsonb_typeof(ch) <> 'object' OR NOT coalesce(dv ~ '^[0-9a-f]{12}$', false)
           OR NOT coalesce((ch ->> 'sq') ~ '^[1-9]\d{0,17}$', false) THEN
            refused := refused || jsonb_build_object('dv', ch -> 'dv', 'sq', ch -> 'sq', 'why', 'malformed');
            CONTINUE;
        END IF;
        sq := (ch ->> 'sq')::bigint;
        SELECT hub_user INTO holder FROM device WHERE device = dv;
        IF NOT FOUND THEN
            INSERT INTO device (device, hub_user, name) VALUES (dv, me.name, 'relayed');  -- another of my devices
        ELSIF holder <> me.name THEN
            refused := refused || jsonb_build_object('dv', dv, 'sq', sq, 'why', 'device');
            CONTINUE;  -- not stored and no place taken: a forgery must not block the real device
        END IF;
        INSERT INTO held_change (device, seq, change, pushed_by)
            SELECT dv, sq, ch, me.name WHERE sq > (SELECT top_seq FROM device WHERE device = dv)
            ON CONFLICT (device, seq) DO NOTHING;  -- already held or already taken: a no-op
    END LOOP;
    -- take each device's held changes that follow its sequence without a gap
    FOR d IN SELECT DISTINCT h.device FROM held_change h JOIN device v ON v.device = h.device
             WHERE v.hub_user = me.name LOOP
        SELECT top_seq INTO top FROM device WHERE device = d.device FOR UPDATE;
        LOOP
            SELECT * INTO nxt FROM held_change WHERE device = d.device AND seq = top + 1;
            EXIT WHEN NOT FOUND;
            why := _take(me, nxt.change);
            IF why IS NULL THEN
                accepted := accepted + 1;
            ELSE
                INSERT INTO refused_change (device, seq, why, pushed_by) VALUES (d.device, top + 1, why, me.name);
                refused := refused || jsonb_build_object('dv', d.device, 'sq', top + 1, 'why', why);
            END IF;
            DELETE FROM held_change WHERE device = d.device AND seq = top + 1;
            top := top + 1;
        END LOOP;
        UPDATE device SET top_seq = top WHERE device = d.device;
    END LOOP;
    SELECT count(*) INTO held FROM held_change h JOIN device v ON v.device = h.device WHERE v.hub_user = me.name;
    RETURN jsonb_build_object('accepted', accepted, 'held', held, 'refused', refused, 'vector', _vector());
END $$;

-- The changes of the cases the caller may hold, after a cursor. A change's position is its hub_seq, or, for a case
-- (re)assigned to the caller later than that, the assignment's position: so a newly assigned case's whole history
-- comes with the first pull after the assignment. Pages end on a position boundary (``last``).
CREATE OR REPLACE FUNCTION caseapp_hub.pull(p_device text, p_after bigint, p_lim integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    me hub_user := _me();
    after bigint := greatest(coalesce(p_after, 0), 0);
    lim integer := greatest(coalesce(p_lim, 1000), 1);
    page jsonb;
    last_pos bigint;
    more boolean;
    read_cases text[];
    released jsonb;
BEGIN
    PERFORM _own_device(me, p_device);
    IF me.kind = 'director' THEN
        PERFORM _raise('기관장 계정은 사례 기록을 받지 않습니다(통계만 봅니다).',
                       'A director account does not receive case records (statistics only).');
    END IF;
    UPDATE device SET last_pull_at = now() WHERE device = p_device;
    WITH vis AS (
        SELECT a.case_id, a.hub_seq AS apos, a.practitioner = me.name AS mine
        FROM case_assignment a
        WHERE a.practitioner = me.name
           OR (me.kind = 'supervisor' AND me.team IS NOT NULL
               AND a.practitioner IN (SELECT name FROM hub_user WHERE team = me.team))
    ), shared AS (
        -- the client (and household) of a visible case, filed under another case the caller does not hold
        SELECT rc.case_id AS filed, max(v.apos) AS apos, bool_or(v.mine) AS mine
        FROM vis v JOIN "case" k ON k.id = v.case_id
             JOIN row_clock rc ON rc.tbl = 'client' AND rc.row_id = k.client_id
        WHERE rc.case_id IS NOT NULL AND rc.case_id NOT IN (SELECT case_id FROM vis)
        GROUP BY rc.case_id
    ), cand AS MATERIALIZED (
        -- own: the calling device's own change, which it holds (it moves the cursor but is not sent back) -- except
        -- in a case newly (re)assigned to it, whose copy it removed when the case went away
        SELECT c.hub_seq, greatest(c.hub_seq, v.apos) AS pos, c.vis_case, v.mine,
               c.device = p_device AND v.apos <= after AS own
            FROM vis v JOIN change c ON c.vis_case = v.case_id
            WHERE c.hub_seq > after
        UNION ALL
        SELECT c.hub_seq, v.apos, c.vis_case, v.mine, false
            FROM vis v JOIN change c ON c.vis_case = v.case_id
            WHERE v.apos > after AND c.hub_seq <= after
        UNION ALL
        SELECT c.hub_seq, greatest(c.hub_seq, e.apos), c.vis_case, e.mine, c.device = p_device AND e.apos <= after
            FROM shared e JOIN change c ON c.vis_case = e.filed
            WHERE c.tbl IN ('client', 'householdmember') AND c.hub_seq > after
        UNION ALL
        SELECT c.hub_seq, e.apos, c.vis_case, e.mine, false
            FROM shared e JOIN change c ON c.vis_case = e.filed
            WHERE c.tbl IN ('client', 'householdmember') AND e.apos > after AND c.hub_seq <= after
        UNION ALL
        SELECT c.hub_seq, c.hub_seq, NULL, true, c.device = p_device FROM change c
            WHERE c.vis_case IS NULL AND c.tbl NOT IN ('client', 'householdmember') AND c.hub_seq > after
    ), ranked AS (
        SELECT cand.*, row_number() OVER (ORDER BY pos, hub_seq) AS rn FROM cand
    ), cutoff AS (
        SELECT coalesce((SELECT pos FROM ranked WHERE rn = lim), (SELECT max(pos) FROM cand)) AS cut
    ), chosen AS (
        SELECT ranked.* FROM ranked, cutoff WHERE ranked.pos <= cutoff.cut
    )
    SELECT coalesce(jsonb_agg(jsonb_build_array(c.hub_seq, _change_json(c)) ORDER BY s.pos, s.hub_seq)
                        FILTER (WHERE NOT s.own), '[]'),
           max(s.pos),
           EXISTS (SELECT 1 FROM cand, cutoff WHERE cand.pos > cutoff.cut),
           array_agg(DISTINCT s.vis_case) FILTER (WHERE NOT s.mine AND NOT s.own)
        INTO page, last_pos, more, read_cases
        FROM chosen s JOIN change c ON c.hub_seq = s.hub_seq;
    IF read_cases IS NOT NULL THEN
        INSERT INTO access_record (hub_user, case_id, what, device)
            SELECT me.name, x, 'pull', p_device FROM unnest(read_cases) x;
    END IF;
    -- released: cases that moved since the cursor from the caller (a supervisor: from its team) to someone whose
    -- cases it does not hold
    SELECT coalesce(jsonb_agg(DISTINCT h.case_id), '[]') INTO released FROM assignment_history h
        WHERE h.hub_seq > after
          AND (h.from_user = me.name OR (me.kind = 'supervisor' AND me.team IS NOT NULL
                                         AND h.from_user IN (SELECT name FROM hub_user WHERE team = me.team)))
          AND NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = h.case_id
                          AND (a.practitioner = me.name
                               OR (me.kind = 'supervisor' AND me.team IS NOT NULL
                                   AND a.practitioner IN (SELECT name FROM hub_user WHERE team = me.team))));
    RETURN jsonb_build_object('changes', page, 'last', coalesce(last_pos, after), 'more', coalesce(more, false),
                              'released', released);
END $$;

-- Each case's number as the agency sees it. Two laptops each number their first case 2026-0001; a laptop that
-- holds both (a supervisor's) renumbers by sync_apply._reconcile_number: the case whose case_number clock is the
-- earliest keeps the number, every other becomes NUMBER-xxxx (the first four hex digits of the device in its own
-- clock; "old" without one). The same rule over all the hub's cases gives the admin screen, the history and
-- assign one name per case, the one the supervisor's laptop shows. ``number``: as pushed (what a practitioner's
-- own laptop shows when it holds only its case).
CREATE OR REPLACE FUNCTION caseapp_hub._case_numbers() RETURNS TABLE (case_id text, shown text, number text)
LANGUAGE sql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
    SELECT x.id, CASE WHEN x.n = 1 THEN x.case_number
                      ELSE x.case_number || '-' || coalesce(nullif(left(split_part(x.clk, '.', 3), 4), ''), 'old')
                 END, x.case_number
        FROM (SELECT c.id, c.case_number, coalesce(rc.clocks ->> 'case_number', rc.clocks ->> '*') AS clk,
                     row_number() OVER (PARTITION BY c.case_number
                                        ORDER BY coalesce(rc.clocks ->> 'case_number', rc.clocks ->> '*') NULLS LAST,
                                                 c.id) AS n
                FROM "case" c LEFT JOIN row_clock rc ON rc.tbl = 'case' AND rc.row_id = c.id
               WHERE c.case_number IS NOT NULL) x
$$;

-- Hand a case to another user: the owner, or a supervisor within its team. ``p_case``: a case id or case number.
CREATE OR REPLACE FUNCTION caseapp_hub.assign(p_case text, p_to text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    is_owner boolean := session_user = _owner();
    me caseapp_hub.hub_user;
    target caseapp_hub.hub_user;
    holder caseapp_hub.hub_user;
    ids text[];
    cid text;
    num text;
BEGIN
    IF NOT is_owner THEN
        me := _me();
        IF me.kind <> 'supervisor' THEN
            PERFORM _raise('사례 배정은 허브 관리자나 팀장(슈퍼바이저)만 할 수 있습니다.',
                           'Only the hub admin or a supervisor can assign cases.');
        END IF;
    END IF;
    SELECT * INTO target FROM hub_user WHERE name = p_to AND active AND kind IN ('practitioner', 'supervisor');
    IF NOT FOUND THEN
        PERFORM _raise('사례를 맡을 수 있는 활성 사용자가 아닙니다: ' || coalesce(p_to, ''),
                       'Not an active practitioner or supervisor of this hub: ' || coalesce(p_to, ''));
    END IF;
    -- a case id; else the number as pushed; else the name the agency sees (_case_numbers: 2026-0001-ab12 after a
    -- collision). A number several cases were pushed with is refused, whatever the hub shows: each practitioner's
    -- own laptop still shows it for its case, so it names no case for certain.
    IF EXISTS (SELECT 1 FROM case_assignment WHERE case_id = p_case) THEN
        ids := ARRAY[p_case];
    ELSE
        SELECT array_agg(n.case_id) INTO ids FROM _case_numbers() n
            WHERE n.number = p_case AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = n.case_id);
        IF ids IS NULL THEN
            SELECT array_agg(n.case_id) INTO ids FROM _case_numbers() n
                WHERE n.shown = p_case AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = n.case_id);
        END IF;
    END IF;
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        PERFORM _raise('허브에 그런 사례가 없습니다: ' || coalesce(p_case, ''),
                       'No such case on the hub: ' || coalesce(p_case, ''));
    ELSIF cardinality(ids) > 1 THEN
        SELECT string_agg(n.shown || ' = ' || n.case_id || ' (' || a.practitioner || ')', ', ' ORDER BY n.shown)
            INTO num FROM _case_numbers() n JOIN case_assignment a ON a.case_id = n.case_id WHERE n.case_id = ANY (ids);
        PERFORM _raise('여러 사례가 이 사례번호로 올라왔습니다: ' || num || '. 사례 ID나 -xxxx 번호로 지정하세요: ' || p_case,
                       'Several cases carry this number: ' || num || '. Give the case id or the -xxxx number: '
                       || p_case);
    END IF;
    cid := ids[1];
    SELECT u.* INTO holder FROM case_assignment a JOIN hub_user u ON u.name = a.practitioner WHERE a.case_id = cid;
    IF NOT is_owner
       AND (me.team IS NULL OR target.team IS DISTINCT FROM me.team OR holder.team IS DISTINCT FROM me.team) THEN
        PERFORM _raise('팀장은 자기 팀 안에서만 사례를 배정할 수 있습니다.',
                       'A supervisor assigns cases within its own team only.');
    END IF;
    SELECT shown INTO num FROM _case_numbers() WHERE case_id = cid;
    IF holder.name <> target.name THEN
        PERFORM pg_advisory_xact_lock(hashtext('caseapp_hub.change'));
        UPDATE case_assignment SET practitioner = target.name, assigned_at = now(),
               assigned_by = coalesce(me.name, session_user::text),
               hub_seq = nextval(pg_get_serial_sequence('caseapp_hub.change', 'hub_seq'))
            WHERE case_id = cid;
    END IF;
    RETURN jsonb_build_object('case_id', cid, 'case_number', num, 'from', holder.name, 'to', target.name);
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub.status() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    is_owner boolean := session_user = _owner();
    me caseapp_hub.hub_user;
    users jsonb;
BEGIN
    IF NOT is_owner THEN
        me := _me();
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'name', u.name, 'kind', u.kind, 'team', u.team, 'active', u.active, 'display_name', u.display_name,
               'cases', (SELECT count(*) FROM case_assignment a WHERE a.practitioner = u.name),
               'devices', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                               'device', d.device, 'name', d.name, 'registered_at', d.registered_at,
                               'last_push_at', d.last_push_at, 'last_pull_at', d.last_pull_at, 'seq', d.top_seq)
                               ORDER BY d.registered_at), '[]') FROM device d WHERE d.hub_user = u.name))
               ORDER BY u.name), '[]')
        INTO users FROM hub_user u
        WHERE is_owner OR me.kind = 'director' OR u.name = me.name
           OR (me.kind = 'supervisor' AND me.team IS NOT NULL AND u.team = me.team);
    RETURN jsonb_build_object(
        'hub_id', (SELECT value #>> '{}' FROM hub_meta WHERE key = 'hub_id'),
        'you', coalesce(me.name, session_user::text),
        'users', users,
        'counts', jsonb_build_object(
            'changes', (SELECT count(*) FROM change),
            'held', (SELECT count(*) FROM held_change),
            'refused', (SELECT count(*) FROM refused_change),
            'cases', (SELECT count(*) FROM case_assignment),
            'devices', (SELECT count(*) FROM device)));
END $$;

-- The admin screen (issue 18): the case assignments and the history of user and assignment changes, as far as the
-- caller may see them: the owner all; a supervisor its team's; anyone else their own (a practitioner's login never
-- lists a colleague's case).
CREATE OR REPLACE FUNCTION caseapp_hub._visible_users() RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    is_owner boolean := session_user = _owner();
    me caseapp_hub.hub_user;
BEGIN
    IF NOT is_owner THEN
        me := _me();
    END IF;
    RETURN (SELECT coalesce(array_agg(u.name), '{}') FROM hub_user u
            WHERE is_owner OR u.name = me.name
               OR (me.kind = 'supervisor' AND me.team IS NOT NULL AND u.team = me.team));
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub.assignments() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    seen text[] := _visible_users();
BEGIN
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'case_id', a.case_id, 'case_number', c.shown, 'number_as_pushed', c.number,
                'practitioner', a.practitioner, 'assigned_at', a.assigned_at, 'assigned_by', a.assigned_by)
                ORDER BY c.shown, a.case_id), '[]')
            FROM case_assignment a LEFT JOIN _case_numbers() c ON c.case_id = a.case_id
            WHERE a.practitioner = ANY (seen));
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub.history(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    seen text[] := _visible_users();
BEGIN
    RETURN (SELECT coalesce(jsonb_agg(picked.e ORDER BY picked.at DESC, picked.id DESC), '[]') FROM (
        SELECT jsonb_build_object('at', h.at, 'by', h.by_role, 'area', 'user', 'subject', h.hub_user,
                                  'what', h.what, 'kind', h.kind, 'team', h.team, 'active', h.active) AS e,
               h.at, h.id
            FROM hub_user_history h WHERE h.hub_user = ANY (seen)
        UNION ALL
        SELECT jsonb_build_object('at', h.at, 'by', h.by_role, 'area', 'assignment',
                                  'subject', coalesce(c.shown, h.case_id), 'case_id', h.case_id,
                                  'what', CASE WHEN h.from_user IS NULL THEN 'assign' ELSE 'reassign' END,
                                  'from', h.from_user, 'to', h.to_user),
               h.at, h.id
            FROM assignment_history h LEFT JOIN _case_numbers() c ON c.case_id = h.case_id
            WHERE session_user = _owner()
               OR h.case_id IN (SELECT a.case_id FROM case_assignment a WHERE a.practitioner = ANY (seen))
        ORDER BY 2 DESC, 3 DESC LIMIT greatest(p_limit, 0)) picked);
END $$;

-- Roles' and assignments' history is kept 3 years (개인정보의 안전성 확보조치 기준 제5조); the owner runs this, e.g. monthly.
CREATE OR REPLACE FUNCTION caseapp_hub.purge_history(keep interval DEFAULT interval '3 years') RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    users bigint;
    assignments bigint;
BEGIN
    IF keep < interval '3 years' THEN
        PERFORM _raise('권한·배정 이력은 3년 이상 보관해야 합니다.', 'Role and assignment history is kept at least 3 years.');
    END IF;
    DELETE FROM hub_user_history WHERE at < now() - keep;
    GET DIAGNOSTICS users = ROW_COUNT;
    DELETE FROM assignment_history WHERE at < now() - keep;
    GET DIAGNOSTICS assignments = ROW_COUNT;
    RETURN jsonb_build_object('hub_user_history', users, 'assignment_history', assignments);
END $$;

-- --- history triggers ----------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION caseapp_hub._user_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO hub_user_history (hub_user, what, kind, team, active)
            VALUES (NEW.name, 'add', NEW.kind, NEW.team, NEW.active);
    ELSIF (OLD.kind, OLD.team, OLD.active) IS DISTINCT FROM (NEW.kind, NEW.team, NEW.active) THEN
        INSERT INTO hub_user_history (hub_user, what, kind, team, active)
            VALUES (NEW.name, CASE WHEN OLD.active AND NOT NEW.active THEN 'deactivate'
                                   WHEN NOT OLD.active AND NEW.active THEN 'activate' ELSE 'change' END,
                    NEW.kind, NEW.team, NEW.active);
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION caseapp_hub._assignment_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.practitioner IS DISTINCT FROM NEW.practitioner THEN
        INSERT INTO assignment_history (case_id, from_user, to_user, hub_seq, by_role)
            VALUES (NEW.case_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.practitioner END, NEW.practitioner, NEW.hub_seq,
                    NEW.assigned_by);
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS hub_user_history ON caseapp_hub.hub_user;
CREATE TRIGGER hub_user_history AFTER INSERT OR UPDATE ON caseapp_hub.hub_user
    FOR EACH ROW EXECUTE FUNCTION caseapp_hub._user_history();
DROP TRIGGER IF EXISTS assignment_history ON caseapp_hub.case_assignment;
CREATE TRIGGER assignment_history AFTER INSERT OR UPDATE ON caseapp_hub.case_assignment
    FOR EACH ROW EXECUTE FUNCTION caseapp_hub._assignment_history();

-- After a restore from a dump: the laptops' pull cursors may be past the restored log's end. Moving the log's
-- position far on makes every change from now on (the laptops push again what the restored hub lacks: its vector
-- says so) come after any cursor they hold. The owner runs it once, before the laptops sync again.
CREATE OR REPLACE FUNCTION caseapp_hub.after_restore() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    seq text := pg_get_serial_sequence('caseapp_hub.change', 'hub_seq');
    jump bigint := 1000000000;  -- more changes than a restored hub can have lost
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('caseapp_hub.change'));
    RETURN setval(seq, greatest((SELECT coalesce(max(hub_seq), 0) FROM change),
                                (SELECT last_value FROM caseapp_hub.change_hub_seq_seq)) + jump);
END $$;

-- --- access records: chain, retention, review (안전성 확보조치 기준 제8조) ---------------------------------------

CREATE OR REPLACE FUNCTION caseapp_hub._access_hash(prev text, r caseapp_hub.access_record) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f', coalesce(prev, ''), r.id::text,
        to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), r.hub_user, r.case_id, r.what,
        coalesce(r.device, ''), coalesce(r.addr, '')), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION caseapp_hub._access_anchor() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
    SELECT coalesce((SELECT value #>> '{}' FROM hub_meta WHERE key = 'access_anchor'), '')
$$;

-- One writer at a time (a transaction-scoped lock), and the id taken under it: the chain's order is the ids' order
-- even when two pulls commit at once.
CREATE OR REPLACE FUNCTION caseapp_hub._access_chain() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    tail text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('caseapp_hub.access_record'));
    tail := coalesce((SELECT hash FROM access_record ORDER BY id DESC LIMIT 1), _access_anchor());
    IF NEW.hash IS NOT NULL AND NEW.prev_hash = tail AND NEW.hash = _access_hash(tail, NEW) THEN
        RETURN NEW;  -- a row arriving already chained onto the head (a restore from a dump): kept as it was
    END IF;
    NEW.id := nextval(pg_get_serial_sequence('caseapp_hub.access_record', 'id'));
    NEW.addr := coalesce(NEW.addr, host(inet_client_addr()), 'local');
    NEW.prev_hash := tail;
    NEW.hash := _access_hash(tail, NEW);
    RETURN NEW;
END $$;

-- Rows never change; they go only through purge_access, older than the retention, oldest first.
CREATE OR REPLACE FUNCTION caseapp_hub._access_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL THEN  -- rows written before the chain existed: chained once, below
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND current_setting('caseapp_hub.purging', true) = 'on' THEN
        RETURN OLD;
    END IF;
    PERFORM _raise('접속기록은 고치거나 지울 수 없습니다(보관기간이 지난 기록은 purge_access로만 지웁니다).',
                   'Access records cannot be changed or deleted (past their retention, only purge_access removes them).');
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS access_chain ON caseapp_hub.access_record;
CREATE TRIGGER access_chain BEFORE INSERT ON caseapp_hub.access_record
    FOR EACH ROW EXECUTE FUNCTION caseapp_hub._access_chain();
DROP TRIGGER IF EXISTS access_guard ON caseapp_hub.access_record;
CREATE TRIGGER access_guard BEFORE UPDATE OR DELETE ON caseapp_hub.access_record
    FOR EACH ROW EXECUTE FUNCTION caseapp_hub._access_guard();
DROP TRIGGER IF EXISTS access_no_truncate ON caseapp_hub.access_record;
CREATE TRIGGER access_no_truncate BEFORE TRUNCATE ON caseapp_hub.access_record
    FOR EACH STATEMENT EXECUTE FUNCTION caseapp_hub._access_guard();

-- A hub initialised before the chain: its rows are chained once, in id order (nothing of them is changed but the
-- two hash columns).
DO $$
DECLARE
    r caseapp_hub.access_record;
    prev text := caseapp_hub._access_anchor();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM caseapp_hub.access_record WHERE hash IS NULL) THEN
        RETURN;
    END IF;
    FOR r IN SELECT * FROM caseapp_hub.access_record ORDER BY id LOOP
        IF r.hash IS NULL THEN
            UPDATE caseapp_hub.access_record SET prev_hash = prev, hash = caseapp_hub._access_hash(prev, r)
                WHERE id = r.id;
            prev := caseapp_hub._access_hash(prev, r);
        ELSE
            prev := r.hash;
        END IF;
    END LOOP;
END $$;

-- The whole chain checked row by row from its anchor, and every review's head still where it was.
CREATE OR REPLACE FUNCTION caseapp_hub.verify_access() RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    r access_record;
    prev text := _access_anchor();
    n bigint := 0;
    broken bigint;
    reviews jsonb;
    purged_to bigint := coalesce((SELECT (value #>> '{}')::bigint FROM hub_meta WHERE key = 'access_anchor_id'), 0);
BEGIN
    FOR r IN SELECT * FROM access_record ORDER BY id LOOP
        IF r.prev_hash IS DISTINCT FROM prev OR r.hash IS DISTINCT FROM _access_hash(prev, r) THEN
            broken := r.id;
            EXIT;
        END IF;
        prev := r.hash;
        n := n + 1;
    END LOOP;
    SELECT coalesce(jsonb_agg(to_char(v.month, 'YYYY-MM') ORDER BY v.month), '[]') INTO reviews FROM access_review v
        WHERE v.head_id > purged_to  -- a head purged since (past the retention) is not asked for
          AND NOT EXISTS (SELECT 1 FROM access_record a WHERE a.id = v.head_id AND a.hash = v.head);
    RETURN jsonb_build_object('ok', broken IS NULL AND reviews = '[]'::jsonb, 'records', n, 'broken_at', broken,
                              'reviews_altered', reviews, 'head', prev);
END $$;

-- One month's records for the owner's review (UTC months), oldest first. The case numbers are worked out once for
-- the stretch's cases and joined (a subquery per row ran _case_numbers() over every case for each record: 20,000
-- records of 10,000 cases took 9 s, the admin screen's month of a busy centre).
CREATE OR REPLACE FUNCTION caseapp_hub.access_records(p_from date, p_to date) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
    WITH a AS MATERIALIZED (SELECT * FROM access_record WHERE at >= p_from AND at < p_to + 1),
         n AS MATERIALIZED (SELECT n.case_id, n.shown FROM _case_numbers() n
                             WHERE n.case_id IN (SELECT DISTINCT case_id FROM a))
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'at', a.at, 'hub_user', a.hub_user, 'case_id', a.case_id,
                                                 'case_number', n.shown,
                                                 'what', a.what, 'device', a.device, 'addr', a.addr) ORDER BY a.id), '[]')
        FROM a LEFT JOIN n ON n.case_id = a.case_id
$$;

-- The monthly review (제8조: 월 1회 이상 점검): recorded with the month's count and the chain's head at the time.
CREATE OR REPLACE FUNCTION caseapp_hub.review_access(p_month date) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    m date := date_trunc('month', p_month)::date;
    n bigint;
    users jsonb;
    head access_record;
    earlier bigint;
BEGIN
    IF m >= date_trunc('month', now())::date THEN
        PERFORM _raise('끝난 달만 점검합니다: ' || to_char(m, 'YYYY-MM'), 'Only a month that has ended is reviewed: '
                       || to_char(m, 'YYYY-MM'));
    END IF;
    SELECT count(*) INTO n FROM access_record WHERE at >= m AND at < (m + interval '1 month');
    SELECT coalesce(jsonb_object_agg(hub_user, k), '{}') INTO users FROM (
        SELECT hub_user, count(*) AS k FROM access_record WHERE at >= m AND at < (m + interval '1 month')
        GROUP BY hub_user) x;
    SELECT * INTO head FROM access_record ORDER BY id DESC LIMIT 1;
    INSERT INTO access_review_earlier (month, reviewed_at, reviewed_by, records, head_id, head)
        SELECT r.month, r.reviewed_at, r.reviewed_by, r.records, r.head_id, r.head FROM access_review r
         WHERE r.month = m;
    GET DIAGNOSTICS earlier = ROW_COUNT;
    INSERT INTO access_review (month, records, head_id, head) VALUES (m, n, head.id, head.hash)
        ON CONFLICT (month) DO UPDATE SET reviewed_at = now(), reviewed_by = session_user, records = excluded.records,
                                          head_id = excluded.head_id, head = excluded.head;
    RETURN jsonb_build_object('month', to_char(m, 'YYYY-MM'), 'records', n, 'by_user', users,
                              'chain', verify_access(), 'earlier_review_kept', earlier > 0);
END $$;

-- Access records past their retention (at least 2 years), oldest first; the chain then starts at the last one
-- removed (hub_meta 'access_anchor'), so verify_access still checks every remaining row.
CREATE OR REPLACE FUNCTION caseapp_hub.purge_access(keep interval DEFAULT interval '2 years') RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
DECLARE
    upto bigint;
    anchor text;
    n bigint;
BEGIN
    IF keep < interval '2 years' THEN
        PERFORM _raise('접속기록은 2년 이상 보관해야 합니다.', 'Access records are kept at least 2 years.');
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('caseapp_hub.access_record'));
    -- oldest first: up to the row before the first one still within the retention
    SELECT coalesce((SELECT min(id) - 1 FROM access_record WHERE at >= now() - keep),
                    (SELECT max(id) FROM access_record)) INTO upto;
    SELECT hash INTO anchor FROM access_record WHERE id <= upto ORDER BY id DESC LIMIT 1;
    IF anchor IS NULL THEN
        RETURN jsonb_build_object('access_record', 0);
    END IF;
    PERFORM set_config('caseapp_hub.purging', 'on', true);
    DELETE FROM access_record WHERE id <= upto;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM set_config('caseapp_hub.purging', 'off', true);
    INSERT INTO hub_meta (key, value) VALUES ('access_anchor', to_jsonb(anchor)), ('access_anchor_id', to_jsonb(upto))
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    RETURN jsonb_build_object('access_record', n);
END $$;

-- The newest ended month not reviewed yet (NULL when it is), for the admin screen's reminder.
CREATE OR REPLACE FUNCTION caseapp_hub.unreviewed_access_month() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, caseapp_hub, pg_temp AS $$
    SELECT to_char(m, 'YYYY-MM') FROM (SELECT (date_trunc('month', now()) - interval '1 month')::date AS m) x
        WHERE NOT EXISTS (SELECT 1 FROM access_review WHERE month = x.m)
$$;
