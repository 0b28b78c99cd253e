-- Retention for the audit log (decision 0007): the one way an entry leaves the log is a purge of the oldest
-- entries, which sets hexamall.audit_purge_before for its transaction and then deletes only rows recorded
-- before that time. Updates, truncation and deletion of anything newer are still refused. A purge writes a
-- signed record (privacy_audit_purges, itself append-only) that the verifier anchors the chain to, so a prefix
-- deleted without one, or more deleted than it names, is still reported by `hexamall audit verify`.
CREATE OR REPLACE FUNCTION privacy_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  purge_before timestamptz := NULLIF(current_setting('hexamall.audit_purge_before', true), '')::timestamptz;
BEGIN
  IF TG_OP = 'DELETE' AND TG_LEVEL = 'ROW' AND purge_before IS NOT NULL
     AND TG_TABLE_NAME IN ('privacy_audit_log', 'privacy_audit_checkpoints') THEN
    -- Nested: OLD.at is only read on the tables that have it.
    IF OLD.at < purge_before THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER privacy_audit_purges_append_only
  BEFORE UPDATE OR DELETE ON privacy_audit_purges
  FOR EACH ROW EXECUTE FUNCTION privacy_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER privacy_audit_purges_no_truncate
  BEFORE TRUNCATE ON privacy_audit_purges
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_audit_refuse_change();
