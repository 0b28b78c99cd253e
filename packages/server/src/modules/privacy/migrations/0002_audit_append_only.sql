-- The audit log and its signed checkpoints are append-only: the application (and anyone with its
-- credentials) can add rows but never change or remove them. Tampering needs the trigger disabled,
-- which the hash chain and `hexamall audit verify` then expose.
CREATE FUNCTION privacy_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER privacy_audit_log_append_only
  BEFORE UPDATE OR DELETE ON privacy_audit_log
  FOR EACH ROW EXECUTE FUNCTION privacy_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER privacy_audit_log_no_truncate
  BEFORE TRUNCATE ON privacy_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER privacy_audit_checkpoints_append_only
  BEFORE UPDATE OR DELETE ON privacy_audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION privacy_audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER privacy_audit_checkpoints_no_truncate
  BEFORE TRUNCATE ON privacy_audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION privacy_audit_refuse_change();
