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

-- Tables that carry "federationId" themselves: Intervention, Member (an owner's short name orders
-- the money rows, and so the sum), ParticipantFigure.
CREATE FUNCTION "dashboard_row_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "dashboard_data_changed"(OLD."federationId"); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM "dashboard_data_changed"(NEW."federationId"); END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "Intervention_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Intervention"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_row_changed"();
CREATE TRIGGER "Member_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Member"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_row_changed"();
CREATE TRIGGER "ParticipantFigure_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "ParticipantFigure"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_row_changed"();

-- Tables of one intervention: AnnualBudget, Outcome. (While an intervention is deleted, its rows'
-- lookup finds nothing; the intervention's own trigger has bumped the version.)
CREATE FUNCTION "dashboard_intervention_row_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"("federationId") FROM "Intervention" WHERE "id" = OLD."interventionId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"("federationId") FROM "Intervention" WHERE "id" = NEW."interventionId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "AnnualBudget_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "AnnualBudget"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_intervention_row_changed"();
CREATE TRIGGER "Outcome_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "Outcome"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_intervention_row_changed"();

-- BudgetAdjustment belongs to an AnnualBudget.
CREATE FUNCTION "dashboard_budget_row_changed"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "dashboard_data_changed"(i."federationId")
    FROM "AnnualBudget" b JOIN "Intervention" i ON i."id" = b."interventionId" WHERE b."id" = OLD."budgetId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "dashboard_data_changed"(i."federationId")
    FROM "AnnualBudget" b JOIN "Intervention" i ON i."id" = b."interventionId" WHERE b."id" = NEW."budgetId";
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "BudgetAdjustment_dashboard_version" AFTER INSERT OR UPDATE OR DELETE ON "BudgetAdjustment"
  FOR EACH ROW EXECUTE FUNCTION "dashboard_budget_row_changed"();
