-- The access log is append-only: rows can be added, never changed or removed.
CREATE FUNCTION case_access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_access_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_access_log_no_change
  BEFORE UPDATE OR DELETE ON case_access_log
  FOR EACH ROW EXECUTE FUNCTION case_access_log_append_only();
