-- Webhook subscriptions normalised (issue 17): one row per endpoint × subscribed event instead of the comma-packed
-- webhook_endpoint.events column, so that "who wants this event" is a join on an indexed value rather than a substring
-- of a string. Carries the school's UAI like every school table (co-located on Citus).
CREATE TABLE webhook_endpoint_event (
    endpoint_id VARCHAR(64) NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    uai         VARCHAR(8)  NOT NULL,
    event_type  VARCHAR(40) NOT NULL,
    CONSTRAINT pk_webhook_endpoint_event PRIMARY KEY (endpoint_id, event_type)
);
CREATE INDEX ix_webhook_endpoint_event_uai ON webhook_endpoint_event (uai, event_type);

-- The existing subscriptions, split on their wire names (the only values the API ever stored), the same SQL on H2 and
-- PostgreSQL: the packed list is wrapped in commas so that a name matches whole (POSITION, not LIKE, whose '_' is a
-- wildcard).
INSERT INTO webhook_endpoint_event (endpoint_id, uai, event_type)
SELECT e.id, e.uai, t.event_type
FROM webhook_endpoint e
JOIN (SELECT 'evaluation.recorded' AS event_type
      UNION ALL SELECT 'evaluation.validated'
      UNION ALL SELECT 'tutor_evaluation.submitted'
      UNION ALL SELECT 'period.closed'
      UNION ALL SELECT 'student.at_risk') t
  ON POSITION(',' || t.event_type || ',' IN ',' || e.events || ',') > 0;

ALTER TABLE webhook_endpoint DROP COLUMN events;
