-- Issue 16, decision 014: the dashboards' trend points are cached in the database. Every write that
-- changes an input of a trend point bumps the förbund's data version in the same transaction, by a
-- trigger, so no write path (imports, seed, edits, budgets, adjustments, utfall, participant
-- figures, interventions, members, thresholds) can forget it. A cached point counts only while its
-- version is the förbund's current one.

CREATE TABLE "DashboardDataVersion" (
    "federationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DashboardDataVersion_pkey" PRIMARY KEY ("federationId")
);
ALTER TABLE "DashboardDataVersion" ADD CONSTRAINT "DashboardDataVersion_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "DashboardTrendPoint" (
    "federationId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "point" JSON NOT NULL,

    CONSTRAINT "DashboardTrendPoint_pkey" PRIMARY KEY ("federationId", "scope", "period")
);
ALTER TABLE "DashboardTrendPoint" ADD CONSTRAINT "DashboardTrendPoint_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every förbund has its version row from the start, so a bump is always an UPDATE: two concurrent
-- writers then serialize on the row and each commit gets its own version.
INSERT INTO "DashboardDataVersion" ("federationId", "version") SELECT "id", 1 FROM "Federation";

CREATE FUNCTION "dashboard_data_changed"(federation_id TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction and förbund (the row's xmin is then this transaction): a reader compares
  -- versions, so one bump per commit is enough, and a bulk import does not update one row
  -- thousands of times.
  UPDATE "DashboardDataVersion" SET "version" = "version" + 1
  WHERE "federationId" = federation_id AND xmin <> pg_current_xact_id()::xid;
END
$$;

CREATE FUNCTION "dashboard_federation_inserted"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DashboardDataVersion" ("federationId", "version") VALUES (NEW."id", 1);
  RETURN NULL;
END
$$;
CREATE TRIGGER "Federation_dashboard_version_insert" AFTER INSERT ON "Federation"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_federation_inserted"();

-- The förbrukningskvot flag limits are an input of every money figure.
CREATE FUNCTION "dashboard_federation_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dashboard_data_changed"(NEW."id");
  RETURN NULL;
END
$$;
CREATE TRIGGER "Federation_dashboard_version_update" AFTER UPDATE ON "Federation"
  FOR EACH ROW
  WHEN (OLD."consumptionFlagLow" IS DISTINCT FROM NEW."consumptionFlagLow"
     OR OLD."consumptionFlagHigh" IS DISTINCT FROM NEW."consumptionFlagHigh")
  EXECUTE FUNCTION "dashboard_federation_changed"();

-- The data tables bump once per statement (statement triggers with transition tables: an import
-- of thousands of rows costs one lookup, not one per row). PostgreSQL allows transition tables
-- only on single-event triggers, so each table has an insert, an update and a delete trigger; the
-- function reads old_rows and new_rows as the event has them.

-- Tables that carry "federationId" themselves: Intervention, Member (an owner's short name orders
-- the money rows, and so the sum), ParticipantFigure.
CREATE FUNCTION "dashboard_rows_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(f) FROM (SELECT DISTINCT "federationId" AS f FROM old_rows) s;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(f) FROM (SELECT DISTINCT "federationId" AS f FROM new_rows) s;
  END IF;
  RETURN NULL;
END
$$;

-- Tables of one intervention: AnnualBudget, Outcome. (While an intervention is deleted, its rows'
-- lookup finds nothing; the intervention's own trigger has bumped the version.)
CREATE FUNCTION "dashboard_intervention_rows_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT i."federationId" AS f FROM old_rows r JOIN "Intervention" i ON i."id" = r."interventionId"
    ) s;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT i."federationId" AS f FROM new_rows r JOIN "Intervention" i ON i."id" = r."interventionId"
    ) s;
  END IF;
  RETURN NULL;
END
$$;

-- BudgetAdjustment belongs to an AnnualBudget.
CREATE FUNCTION "dashboard_budget_rows_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT i."federationId" AS f FROM old_rows r
      JOIN "AnnualBudget" b ON b."id" = r."budgetId" JOIN "Intervention" i ON i."id" = b."interventionId"
    ) s;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(f) FROM (
      SELECT DISTINCT i."federationId" AS f FROM new_rows r
      JOIN "AnnualBudget" b ON b."id" = r."budgetId" JOIN "Intervention" i ON i."id" = b."interventionId"
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
    ('Intervention', 'dashboard_rows_changed'),
    ('Member', 'dashboard_rows_changed'),
    ('ParticipantFigure', 'dashboard_rows_changed'),
    ('AnnualBudget', 'dashboard_intervention_rows_changed'),
    ('Outcome', 'dashboard_intervention_rows_changed'),
    ('BudgetAdjustment', 'dashboard_budget_rows_changed')
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
