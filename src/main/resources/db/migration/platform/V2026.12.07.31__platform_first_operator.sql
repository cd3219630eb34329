-- Whether the platform has an operator yet: a production install starts without users, and the first start creates
-- the operator from the environment. Operators have no municipality, so row-level security hides them from the
-- application's role; this function answers only yes or no.
CREATE FUNCTION platform_operator_exists() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM user_role WHERE role = 'OPERATOR' AND tenant_id IS NULL) $$;
REVOKE ALL ON FUNCTION platform_operator_exists() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform_operator_exists() TO ${appRole};
