-- The agency hub's own tables (issue 18). Run by hub_schema.install as the schema's owner; idempotent.
-- The case tables themselves (the desktop's SQLModel tables) are created from the metadata, see hub_schema.py.

CREATE TABLE IF NOT EXISTS caseapp_hub.hub_meta (
    key text PRIMARY KEY,
    value jsonb NOT NULL
);

CREATE TABLE IF NOT EXISTS caseapp_hub.hub_user (
    name text PRIMARY KEY,
    role_name text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('practitioner', 'supervisor', 'director')),
    team text,
    display_name text NOT NULL DEFAULT '',
    agency_key jsonb NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);

-- Every add, deactivation, role or team change (trigger on hub_user); kept 3 years (purge_history).
CREATE TABLE IF NOT EXISTS caseapp_hub.hub_user_history (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_role text NOT NULL DEFAULT session_user,
    hub_user text NOT NULL,
    what text NOT NULL,
    kind text,
    team text,
    active boolean
);
CREATE INDEX IF NOT EXISTS hub_user_history_at ON caseapp_hub.hub_user_history (at);

CREATE TABLE IF NOT EXISTS caseapp_hub.device (
    device text PRIMARY KEY CHECK (device ~ '^[0-9a-f]{12}$'),
    hub_user text NOT NULL REFERENCES caseapp_hub.hub_user (name),
    name text NOT NULL DEFAULT '',
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_push_at timestamptz,
    last_pull_at timestamptz,
    top_seq bigint NOT NULL DEFAULT 0  -- every seq up to this one is taken (stored or refused): the hub's vector
);

-- The change log: exactly Change.to_json()'s content, in the order the hub took it (hub_seq).
CREATE TABLE IF NOT EXISTS caseapp_hub.change (
    hub_seq bigserial PRIMARY KEY,
    device text NOT NULL,
    seq bigint NOT NULL,
    hlc text NOT NULL,
    tbl text NOT NULL,
    row_id text NOT NULL,
    op text NOT NULL,
    fields jsonb NOT NULL,
    base jsonb NOT NULL,
    actor text NOT NULL DEFAULT '',
    case_id text,              -- as the laptop sent it ("k")
    vis_case text,             -- the case the hub files it under (client rows: their case), for RLS and pull
    pushed_by text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (device, seq)
);
CREATE INDEX IF NOT EXISTS change_vis_case ON caseapp_hub.change (vis_case, hub_seq);
CREATE INDEX IF NOT EXISTS change_unfiled ON caseapp_hub.change (tbl, row_id) WHERE vis_case IS NULL;

CREATE TABLE IF NOT EXISTS caseapp_hub.case_assignment (
    case_id text PRIMARY KEY,
    practitioner text NOT NULL REFERENCES caseapp_hub.hub_user (name),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    assigned_by text NOT NULL DEFAULT session_user,
    hub_seq bigint NOT NULL  -- the change-log position at which it was (re)assigned
);
CREATE INDEX IF NOT EXISTS case_assignment_practitioner ON caseapp_hub.case_assignment (practitioner);

-- Every assignment and reassignment (trigger on case_assignment); kept 3 years (purge_history).
CREATE TABLE IF NOT EXISTS caseapp_hub.assignment_history (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by_role text NOT NULL DEFAULT session_user,
    case_id text NOT NULL,
    from_user text,
    to_user text NOT NULL,
    hub_seq bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS assignment_history_from ON caseapp_hub.assignment_history (from_user, hub_seq);
CREATE INDEX IF NOT EXISTS assignment_history_at ON caseapp_hub.assignment_history (at);

-- Changes that arrived after a gap in their device's sequence, until the gap fills.
CREATE TABLE IF NOT EXISTS caseapp_hub.held_change (
    device text NOT NULL,
    seq bigint NOT NULL,
    change jsonb NOT NULL,
    pushed_by text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device, seq)
);

-- Changes the hub refused (their values are not kept): their place in the device's sequence is taken.
CREATE TABLE IF NOT EXISTS caseapp_hub.refused_change (
    device text NOT NULL,
    seq bigint NOT NULL,
    why text NOT NULL,
    pushed_by text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device, seq)
);

-- Every supervisor read of a case not assigned to them (pull).
CREATE TABLE IF NOT EXISTS caseapp_hub.access_record (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    hub_user text NOT NULL,
    case_id text NOT NULL,
    what text NOT NULL
);
-- 접속기록 kept at least 2 years and protected against alteration (개인정보의 안전성 확보조치 기준 제8조): which device
-- and address, and a hash chain (functions.sql _access_chain: each row's hash covers the previous row's hash and its
-- own fields; purge_access moves the chain's start into hub_meta 'access_anchor').
ALTER TABLE caseapp_hub.access_record ADD COLUMN IF NOT EXISTS device text;
ALTER TABLE caseapp_hub.access_record ADD COLUMN IF NOT EXISTS addr text;
ALTER TABLE caseapp_hub.access_record ADD COLUMN IF NOT EXISTS prev_hash text;
ALTER TABLE caseapp_hub.access_record ADD COLUMN IF NOT EXISTS hash text;
-- A month's records for the admin screen and review_access, without reading 2 years of them.
CREATE INDEX IF NOT EXISTS access_record_at ON caseapp_hub.access_record (at);

-- The owner's monthly review of the access records (review_access): how many rows the month had and the chain's
-- head when reviewed, so a later verify_access sees a reviewed stretch rewritten or cut short.
CREATE TABLE IF NOT EXISTS caseapp_hub.access_review (
    month date PRIMARY KEY,
    reviewed_at timestamptz NOT NULL DEFAULT now(),
    reviewed_by text NOT NULL DEFAULT session_user,
    records bigint NOT NULL,
    head_id bigint,
    head text
);

-- A month reviewed again keeps its earlier reviews here (who and when stay on record, as each of a laptop's own
-- reviews stays in its audit trail); access_review holds the latest.
CREATE TABLE IF NOT EXISTS caseapp_hub.access_review_earlier (
    id bigserial PRIMARY KEY,
    month date NOT NULL,
    reviewed_at timestamptz NOT NULL,
    reviewed_by text NOT NULL,
    records bigint NOT NULL,
    head_id bigint,
    head text
);
CREATE INDEX IF NOT EXISTS access_review_earlier_month ON caseapp_hub.access_review_earlier (month);

-- Each materialized row's field clocks and raw values (as pushed; sealed values stay sealed) and its case.
CREATE TABLE IF NOT EXISTS caseapp_hub.row_clock (
    tbl text NOT NULL,
    row_id text NOT NULL,
    clocks jsonb NOT NULL DEFAULT '{}',
    vals jsonb NOT NULL DEFAULT '{}',
    case_id text,
    deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tbl, row_id)
);
CREATE INDEX IF NOT EXISTS row_clock_case ON caseapp_hub.row_clock (case_id);
CREATE INDEX IF NOT EXISTS row_clock_member_client ON caseapp_hub.row_clock ((vals ->> 'client_id'))
    WHERE tbl = 'householdmember';

-- Filled by hub_schema.install from the desktop's metadata: the materialized tables' columns and how a raw value
-- converts (kind), and the child tables whose case is their parent's (sync_log.PARENTS).
CREATE TABLE IF NOT EXISTS caseapp_hub.hub_column (
    tbl text NOT NULL,
    col text NOT NULL,
    kind text NOT NULL,
    sqltype text NOT NULL,
    PRIMARY KEY (tbl, col)
);
CREATE TABLE IF NOT EXISTS caseapp_hub.hub_parent (
    tbl text PRIMARY KEY,
    fk text NOT NULL,
    parent text NOT NULL
);
