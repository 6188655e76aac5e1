-- Consent records are a history: a row is never changed after it is written, except that its
-- withdrawn_at is set once. (Rows go only with their member, by the retention job.)
CREATE OR REPLACE FUNCTION kuulo_pool_consent_history() RETURNS trigger AS $$
BEGIN
  IF (NEW.id, NEW.organization_id, NEW.member_id, NEW.purpose, NEW.channel, NEW.text_version,
      NEW.given_at, NEW.given_via)
     IS DISTINCT FROM
     (OLD.id, OLD.organization_id, OLD.member_id, OLD.purpose, OLD.channel, OLD.text_version,
      OLD.given_at, OLD.given_via)
     OR (OLD.withdrawn_at IS NOT NULL AND NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at) THEN
    RAISE EXCEPTION 'pool_consents is a history: only withdrawn_at may be set, once'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER pool_consents_history
  BEFORE UPDATE ON pool_consents
  FOR EACH ROW EXECUTE FUNCTION kuulo_pool_consent_history();
