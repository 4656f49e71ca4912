-- PostgreSQL only: the records that must never change once written (办理记录, score revisions, the audit record)
-- refuse UPDATE, DELETE and TRUNCATE, whatever the application code does (statement triggers: even a statement
-- that matches no row is refused).
CREATE FUNCTION shenbao_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER application_history_append_only BEFORE UPDATE OR DELETE ON application_history
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
CREATE TRIGGER application_history_no_truncate BEFORE TRUNCATE ON application_history
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
CREATE TRIGGER review_score_revision_append_only BEFORE UPDATE OR DELETE ON review_score_revision
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
CREATE TRIGGER review_score_revision_no_truncate BEFORE TRUNCATE ON review_score_revision
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION shenbao_append_only();
