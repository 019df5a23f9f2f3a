/**
 * The booking schema, as forward-only migrations that run unchanged on PostgreSQL and PGlite.
 * PGlite must be opened with the btree_gist extension loaded:
 * `new PGlite({ extensions: { btree_gist } })` from `@electric-sql/pglite/contrib/btree_gist`.
 *
 * The invariants live here, not in application code:
 * - an exclusion constraint refuses overlapping active reservations (buffers included) on
 *   exclusive resources;
 * - a trigger locks the resource row and refuses seats beyond capacity on capacity resources,
 *   so concurrent requests queue up instead of overbooking;
 * - idempotency keys are unique.
 */
export interface BookingMigration {
  id: string;
  up: string;
}

/** Statuses that hold a slot. Kept in one place: the constraint, the trigger and the queries. */
export const ACTIVE_STATUSES = ['pending', 'confirmed', 'checked_in', 'no_show'] as const;
const ACTIVE_SQL = ACTIVE_STATUSES.map((s) => `'${s}'`).join(', ');

export const bookingMigrations: BookingMigration[] = [
  {
    id: '001_booking_schema',
    up: `
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking_resources (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('exclusive', 'capacity')),
  category text NOT NULL DEFAULT '',
  name jsonb NOT NULL,
  description jsonb NOT NULL DEFAULT '{}',
  location text,
  accessibility jsonb NOT NULL DEFAULT '{}',
  capacity integer NOT NULL DEFAULT 1 CHECK (capacity >= 1),
  closed_on_public_holidays boolean NOT NULL DEFAULT true,
  rules jsonb NOT NULL DEFAULT '{}',
  group_rules jsonb NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_resources_category ON booking_resources (category) WHERE active;

-- Weekly hours: several intervals a day; closes <= opens means the interval runs past midnight.
CREATE TABLE booking_opening_hours (
  resource_id text NOT NULL REFERENCES booking_resources (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens time NOT NULL,
  closes time NOT NULL,
  PRIMARY KEY (resource_id, weekday, opens)
);

-- A date with other hours than usual: closed, or its own intervals (which replace the week's).
CREATE TABLE booking_exceptions (
  resource_id text NOT NULL REFERENCES booking_resources (id) ON DELETE CASCADE,
  day date NOT NULL,
  closed boolean NOT NULL,
  intervals jsonb NOT NULL DEFAULT '[]',
  note text,
  PRIMARY KEY (resource_id, day)
);

CREATE TABLE booking_blackouts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id text NOT NULL REFERENCES booking_resources (id) ON DELETE CASCADE,
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  reason text
);
CREATE INDEX booking_blackouts_during ON booking_blackouts USING gist (resource_id, during);

CREATE TABLE booking_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id text NOT NULL REFERENCES booking_resources (id),
  person_id text NOT NULL,
  recurrence jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE booking_reservations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id text NOT NULL REFERENCES booking_resources (id),
  -- Copied from the resource by a trigger: an exclusion constraint cannot look at another table.
  exclusive boolean NOT NULL DEFAULT true,
  person_id text NOT NULL,
  person_group text NOT NULL,
  seats integer NOT NULL DEFAULT 1 CHECK (seats >= 1),
  during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
  blocked tstzrange NOT NULL CHECK (blocked @> during),
  status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'checked_in', 'no_show', 'cancelled', 'declined')),
  idempotency_key text UNIQUE,
  series_id uuid REFERENCES booking_series (id),
  note text,
  reminded_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT booking_reservations_no_overlap EXCLUDE USING gist (resource_id WITH =, blocked WITH &&)
    WHERE (exclusive AND status IN (${ACTIVE_SQL}))
);
CREATE INDEX booking_reservations_blocked ON booking_reservations USING gist (resource_id, blocked)
  WHERE status IN (${ACTIVE_SQL});
CREATE INDEX booking_reservations_person ON booking_reservations (person_id, resource_id, lower(during));

CREATE FUNCTION booking_reservation_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  res booking_resources%ROWTYPE;
  peak integer;
BEGIN
  SELECT * INTO res FROM booking_resources WHERE id = NEW.resource_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'booking resource % does not exist', NEW.resource_id USING ERRCODE = '23503';
  END IF;
  NEW.exclusive := res.kind = 'exclusive';
  IF res.kind = 'capacity' AND NEW.status IN (${ACTIVE_SQL}) THEN
    -- Lock the resource row: concurrent bookings of one capacity resource queue up here, so
    -- the seat count below reads every committed reservation.
    SELECT * INTO res FROM booking_resources WHERE id = NEW.resource_id FOR UPDATE;
    -- Highest number of seats taken at any moment of the new range (loads only change where
    -- a reservation starts).
    SELECT coalesce(max(load), 0) INTO peak FROM (
      SELECT (SELECT coalesce(sum(o.seats), 0) FROM booking_reservations o
               WHERE o.resource_id = NEW.resource_id AND o.id <> NEW.id
                 AND o.status IN (${ACTIVE_SQL}) AND o.blocked @> p.at) AS load
      FROM (
        SELECT lower(NEW.blocked) AS at
        UNION
        SELECT lower(r.blocked) FROM booking_reservations r
         WHERE r.resource_id = NEW.resource_id AND r.id <> NEW.id
           AND r.status IN (${ACTIVE_SQL}) AND r.blocked && NEW.blocked
           AND lower(r.blocked) > lower(NEW.blocked)
      ) p
    ) loads;
    IF peak + NEW.seats > res.capacity THEN
      RAISE EXCEPTION 'capacity of booking resource % exceeded: % of % seats taken', NEW.resource_id, peak, res.capacity
        USING ERRCODE = 'BK001', DETAIL = (res.capacity - peak)::text;
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER booking_reservation_guard BEFORE INSERT OR UPDATE OF resource_id, seats, blocked, status
  ON booking_reservations FOR EACH ROW EXECUTE FUNCTION booking_reservation_guard();

-- Every state change: who, when, what.
CREATE TABLE booking_audit (
  id bigserial PRIMARY KEY,
  reservation_id uuid,
  waitlist_id uuid,
  resource_id text NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  from_status text,
  to_status text,
  details jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX booking_audit_reservation ON booking_audit (reservation_id, id);

-- Prerequisites a person holds (a briefing), possibly expiring.
CREATE TABLE booking_qualifications (
  person_id text NOT NULL,
  prerequisite text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  granted_by text,
  PRIMARY KEY (person_id, prerequisite)
);

CREATE TABLE booking_waitlist (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resource_id text NOT NULL REFERENCES booking_resources (id),
  person_id text NOT NULL,
  person_group text NOT NULL,
  seats integer NOT NULL DEFAULT 1 CHECK (seats >= 1),
  during tstzrange NOT NULL CHECK (NOT isempty(during)),
  status text NOT NULL CHECK (status IN ('waiting', 'offered', 'accepted', 'expired', 'withdrawn')),
  offer_expires_at timestamptz,
  reservation_id uuid REFERENCES booking_reservations (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  seq bigserial NOT NULL
);
CREATE INDEX booking_waitlist_queue ON booking_waitlist (resource_id, seq) WHERE status IN ('waiting', 'offered');
`,
  },
];
