-- Issue 16, decision 019: Överblick's whole answer, as the board and the office get it, is cached
-- in the database, valid while its version is the förbund's DashboardDataVersion (decision 014)
-- and it was computed by the same code revision. The version now also follows every other input
-- of that answer: the submitted kvartalsrapporter (goal colours), the förbund's targets and
-- results, the economic plans (beslutsutrymme) and the förbund's name. A lead's draft save changes
-- nothing a dashboard shows, so it bumps nothing (and never waits on the version row).

CREATE TABLE "DashboardAnswer" (
    "federationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "revision" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "DashboardAnswer_pkey" PRIMARY KEY ("federationId", "scope", "period")
);
ALTER TABLE "DashboardAnswer" ADD CONSTRAINT "DashboardAnswer_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The förbund's name and key are in the answer (its flag limits already bump, decision 014).
CREATE TRIGGER "Federation_dashboard_version_name" AFTER UPDATE ON "Federation"
  FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."key" IS DISTINCT FROM NEW."key")
  EXECUTE FUNCTION "dashboard_federation_changed"();

-- Kvartalsrapporter: only a report that counts for goal status (submitted, approved, returned)
-- before or after the change; a draft never colours a dashboard. Row triggers with a WHEN: a
-- lead's draft save (the most frequent write of all) runs no trigger function and builds no
-- transition table.
CREATE FUNCTION "dashboard_report_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(i."federationId") FROM "Intervention" i WHERE i."id" = OLD."interventionId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(i."federationId") FROM "Intervention" i WHERE i."id" = NEW."interventionId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "QuarterlyReport_dashboard_version_insert" AFTER INSERT ON "QuarterlyReport"
  FOR EACH ROW WHEN (NEW."status"::text IN ('SUBMITTED', 'APPROVED', 'RETURNED'))
  EXECUTE FUNCTION "dashboard_report_changed"();
CREATE TRIGGER "QuarterlyReport_dashboard_version_update" AFTER UPDATE ON "QuarterlyReport"
  FOR EACH ROW WHEN (OLD."status"::text IN ('SUBMITTED', 'APPROVED', 'RETURNED')
                  OR NEW."status"::text IN ('SUBMITTED', 'APPROVED', 'RETURNED'))
  EXECUTE FUNCTION "dashboard_report_changed"();
CREATE TRIGGER "QuarterlyReport_dashboard_version_delete" AFTER DELETE ON "QuarterlyReport"
  FOR EACH ROW WHEN (OLD."status"::text IN ('SUBMITTED', 'APPROVED', 'RETURNED'))
  EXECUTE FUNCTION "dashboard_report_changed"();

-- Rows of one economic plan: PlanColumn, PlanLine.
CREATE FUNCTION "dashboard_plan_rows_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT p."federationId" AS f FROM old_rows r JOIN "EconomicPlan" p ON p."id" = r."planId"
    ) s;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT p."federationId" AS f FROM new_rows r JOIN "EconomicPlan" p ON p."id" = r."planId"
    ) s;
  END IF;
  RETURN NULL;
END
$$;

-- PlanAmount belongs to a PlanLine of a plan.
CREATE FUNCTION "dashboard_plan_amounts_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT p."federationId" AS f FROM old_rows r
      JOIN "PlanLine" l ON l."id" = r."lineId" JOIN "EconomicPlan" p ON p."id" = l."planId"
    ) s;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT p."federationId" AS f FROM new_rows r
      JOIN "PlanLine" l ON l."id" = r."lineId" JOIN "EconomicPlan" p ON p."id" = l."planId"
    ) s;
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  target RECORD;
BEGIN
  FOR target IN SELECT * FROM (VALUES
    ('FederationTarget', 'dashboard_rows_changed'),
    ('FederationMetric', 'dashboard_rows_changed'),
    ('EconomicPlan', 'dashboard_rows_changed'),
    ('PlanColumn', 'dashboard_plan_rows_changed'),
    ('PlanLine', 'dashboard_plan_rows_changed'),
    ('PlanAmount', 'dashboard_plan_amounts_changed')
  ) AS t("tableName", "functionName") LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', target."tableName" || '_dashboard_version_insert',
      target."tableName", target."functionName");
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
      'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target."tableName" || '_dashboard_version_update', target."tableName", target."functionName");
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', target."tableName" || '_dashboard_version_delete',
      target."tableName", target."functionName");
  END LOOP;
END
$$;
