-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('MUNICIPALITY', 'REGION', 'EMPLOYMENT_SERVICE', 'SOCIAL_INSURANCE');

-- CreateEnum
CREATE TYPE "InterventionKind" AS ENUM ('INDIVIDUAL', 'STRUCTURAL', 'PRE_STUDY', 'OTHER_COOPERATION');

-- CreateEnum
CREATE TYPE "InterventionAim" AS ENUM ('WORK_OR_STUDIES', 'PRE_REHABILITATION');

-- CreateEnum
CREATE TYPE "InterventionStatus" AS ENUM ('APPLICATION', 'GRANTED', 'ONGOING', 'ENDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "GoalLevel" AS ENUM ('OVERALL', 'EFFECT', 'RESULT');

-- CreateEnum
CREATE TYPE "ExpectedParticipantsKind" AS ENUM ('WHOLE_PERIOD', 'PER_YEAR', 'CONCURRENT');

-- CreateEnum
CREATE TYPE "BudgetAdjustmentKind" AS ENUM ('CARRY_OVER', 'ADDITIONAL_GRANT', 'DEVIATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('WOMEN', 'MEN', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "ParticipantMeasure" AS ENUM ('REGISTERED', 'ENDED', 'ENDED_WHOLE_PERIOD', 'ONGOING', 'ENDED_TO_WORK_OR_STUDIES', 'ENDED_TO_JOB_SEEKING', 'ENDED_TO_WORK_STUDIES_OR_JOB_SEEKING', 'ANONYMOUS_REGISTERED', 'ENDED_WITH_ACTION_PLAN', 'ENDED_WITH_REHABILITATION_PLAN');

-- CreateEnum
CREATE TYPE "EndReason" AS ENUM ('UNSUBSIDISED_WORK', 'SUBSIDISED_WORK', 'OWN_BUSINESS', 'STUDIES', 'WORK_AND_STUDIES', 'ACTIVE_JOB_SEEKING', 'CONTINUED_REHABILITATION', 'ILLNESS', 'PARENTAL_LEAVE', 'MOVED', 'OTHER');

-- CreateEnum
CREATE TYPE "DeviationKind" AS ENUM ('BUDGET_CHANGE', 'BUDGET_CARRY_OVER', 'START_POSTPONED', 'PERIOD_EXTENDED', 'GOAL_CHANGED', 'TARGET_GROUP_OR_METHOD_CHANGED', 'PARTICIPANT_NUMBER_CHANGED');

-- CreateEnum
CREATE TYPE "DeviationStatus" AS ENUM ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PlanColumnKind" AS ENUM ('BUDGET', 'PROGNOSIS', 'PRELIMINARY', 'OUTCOME');

-- CreateEnum
CREATE TYPE "PlanLineCategory" AS ENUM ('MEMBER_FEES', 'ESF_INCOME', 'OTHER_INCOME', 'ELECTED_OFFICIALS', 'ADMINISTRATION', 'ADMINISTRATION_ESF', 'INTERVENTION', 'UNUSED_FUNDS_FORECAST', 'OTHER_COOPERATION', 'PENDING_APPLICATION');

-- CreateEnum
CREATE TYPE "Comparison" AS ENUM ('GTE', 'LTE', 'EQ');

-- CreateEnum
CREATE TYPE "TargetMetric" AS ENUM ('SHARE_TO_WORK_OR_STUDIES', 'SHARE_WITH_REHABILITATION_PLAN', 'SHARE_STRUCTURAL_GOALS_MET', 'COMPETENCE_ACTIVITIES', 'SHARE_OF_FUNDS_INDIVIDUAL', 'SHARE_OF_FUNDS_STRUCTURAL', 'SHARE_OF_FUNDS_COMPETENCE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BOARD', 'LEAD', 'OFFICE', 'ADMIN');

-- CreateTable
CREATE TABLE "Federation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT,
    "consumptionFlagLow" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "consumptionFlagHigh" DOUBLE PRECISION NOT NULL DEFAULT 1.1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Federation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "MemberKind" NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberPopulation" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "population" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "MemberPopulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberFeeYear" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "totalKronor" INTEGER NOT NULL,
    "populationDate" DATE NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "MemberFeeYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberFee" (
    "id" TEXT NOT NULL,
    "feeYearId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "amountKronor" INTEGER NOT NULL,

    CONSTRAINT "MemberFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "ownerId" TEXT,
    "kind" "InterventionKind" NOT NULL,
    "aim" "InterventionAim",
    "status" "InterventionStatus" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "lastIntakeDate" DATE,
    "singleGenderTargetGroup" BOOLEAN NOT NULL DEFAULT false,
    "predecessorId" TEXT,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionAlias" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "InterventionAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionPartner" (
    "interventionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,

    CONSTRAINT "InterventionPartner_pkey" PRIMARY KEY ("interventionId","memberId")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "level" "GoalLevel" NOT NULL,
    "text" TEXT NOT NULL,
    "target" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpectedParticipants" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "kind" "ExpectedParticipantsKind" NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "ExpectedParticipants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountKronor" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppliedBudget" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountKronor" INTEGER NOT NULL,
    "coFinancingKronor" INTEGER,
    "source" TEXT NOT NULL,

    CONSTRAINT "AppliedBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualBudget" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountKronor" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AnnualBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetAdjustment" (
    "id" TEXT NOT NULL,
    "budgetId" TEXT NOT NULL,
    "amountKronor" INTEGER NOT NULL,
    "kind" "BudgetAdjustmentKind" NOT NULL,
    "date" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "deviationId" TEXT,

    CONSTRAINT "BudgetAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "amountKronor" INTEGER NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportQuestionSet" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReportQuestionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarterlyReport" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "dueDate" DATE NOT NULL,
    "answers" JSONB NOT NULL,
    "comment" TEXT,
    "officeComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuarterlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantFigure" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "interventionId" TEXT,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "measure" "ParticipantMeasure" NOT NULL,
    "gender" "Gender" NOT NULL,
    "count" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "note" TEXT,

    CONSTRAINT "ParticipantFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndReasonFigure" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "interventionId" TEXT,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "reason" "EndReason" NOT NULL,
    "gender" "Gender" NOT NULL,
    "count" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EndReasonFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deviation" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "kind" "DeviationKind" NOT NULL,
    "status" "DeviationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "description" TEXT NOT NULL,
    "requestedEffect" JSONB NOT NULL,
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Deviation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviationEvent" (
    "id" TEXT NOT NULL,
    "deviationId" TEXT NOT NULL,
    "status" "DeviationStatus" NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "comment" TEXT,

    CONSTRAINT "DeviationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EconomicPlan" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "asOfDate" DATE NOT NULL,
    "openingSurplusKronor" INTEGER NOT NULL,
    "openingSurplusNote" TEXT,
    "reserveFundKronor" INTEGER,
    "printed" JSONB,
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EconomicPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanColumn" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "PlanColumnKind" NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PlanColumn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLine" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "category" "PlanLineCategory" NOT NULL,
    "label" TEXT NOT NULL,
    "interventionId" TEXT,
    "ownerLabel" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PlanLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAmount" (
    "lineId" TEXT NOT NULL,
    "columnId" TEXT NOT NULL,
    "amountKronor" INTEGER NOT NULL,

    CONSTRAINT "PlanAmount_pkey" PRIMARY KEY ("lineId","columnId")
);

-- CreateTable
CREATE TABLE "FederationTarget" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "metric" "TargetMetric" NOT NULL,
    "comparison" "Comparison" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "label" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "FederationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownDiscrepancy" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "paperKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "KnownDiscrepancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionAssignment" (
    "userId" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,

    CONSTRAINT "InterventionAssignment_pkey" PRIMARY KEY ("userId","interventionId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "userId" TEXT,
    "userEmail" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Federation_key_key" ON "Federation"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Member_federationId_key_key" ON "Member"("federationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "MemberPopulation_memberId_date_key" ON "MemberPopulation"("memberId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "MemberFeeYear_federationId_year_key" ON "MemberFeeYear"("federationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "MemberFee_feeYearId_memberId_key" ON "MemberFee"("feeYearId", "memberId");

-- CreateIndex
CREATE INDEX "Intervention_federationId_kind_idx" ON "Intervention"("federationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_federationId_key_key" ON "Intervention"("federationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "InterventionAlias_federationId_alias_key" ON "InterventionAlias"("federationId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Grant_interventionId_year_key" ON "Grant"("interventionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AppliedBudget_interventionId_year_key" ON "AppliedBudget"("interventionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualBudget_interventionId_year_key" ON "AnnualBudget"("interventionId", "year");

-- CreateIndex
CREATE INDEX "Outcome_interventionId_year_idx" ON "Outcome"("interventionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_interventionId_period_key" ON "Outcome"("interventionId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "ReportQuestionSet_federationId_year_key" ON "ReportQuestionSet"("federationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterlyReport_interventionId_year_quarter_key" ON "QuarterlyReport"("interventionId", "year", "quarter");

-- CreateIndex
CREATE INDEX "ParticipantFigure_interventionId_year_idx" ON "ParticipantFigure"("interventionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantFigure_federationId_interventionId_period_measur_key" ON "ParticipantFigure"("federationId", "interventionId", "period", "measure", "gender");

-- CreateIndex
CREATE UNIQUE INDEX "EndReasonFigure_federationId_interventionId_period_reason_g_key" ON "EndReasonFigure"("federationId", "interventionId", "period", "reason", "gender");

-- CreateIndex
CREATE UNIQUE INDEX "EconomicPlan_federationId_key_key" ON "EconomicPlan"("federationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "PlanColumn_planId_key_key" ON "PlanColumn"("planId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "FederationTarget_federationId_year_metric_key" ON "FederationTarget"("federationId", "year", "metric");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_federationId_at_idx" ON "AuditEntry"("federationId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_idx" ON "AuditEntry"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberPopulation" ADD CONSTRAINT "MemberPopulation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberFeeYear" ADD CONSTRAINT "MemberFeeYear_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberFee" ADD CONSTRAINT "MemberFee_feeYearId_fkey" FOREIGN KEY ("feeYearId") REFERENCES "MemberFeeYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberFee" ADD CONSTRAINT "MemberFee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionAlias" ADD CONSTRAINT "InterventionAlias_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionPartner" ADD CONSTRAINT "InterventionPartner_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionPartner" ADD CONSTRAINT "InterventionPartner_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpectedParticipants" ADD CONSTRAINT "ExpectedParticipants_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppliedBudget" ADD CONSTRAINT "AppliedBudget_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualBudget" ADD CONSTRAINT "AnnualBudget_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAdjustment" ADD CONSTRAINT "BudgetAdjustment_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "AnnualBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetAdjustment" ADD CONSTRAINT "BudgetAdjustment_deviationId_fkey" FOREIGN KEY ("deviationId") REFERENCES "Deviation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportQuestionSet" ADD CONSTRAINT "ReportQuestionSet_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterlyReport" ADD CONSTRAINT "QuarterlyReport_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantFigure" ADD CONSTRAINT "ParticipantFigure_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantFigure" ADD CONSTRAINT "ParticipantFigure_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndReasonFigure" ADD CONSTRAINT "EndReasonFigure_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndReasonFigure" ADD CONSTRAINT "EndReasonFigure_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deviation" ADD CONSTRAINT "Deviation_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviationEvent" ADD CONSTRAINT "DeviationEvent_deviationId_fkey" FOREIGN KEY ("deviationId") REFERENCES "Deviation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EconomicPlan" ADD CONSTRAINT "EconomicPlan_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanColumn" ADD CONSTRAINT "PlanColumn_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EconomicPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "EconomicPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLine" ADD CONSTRAINT "PlanLine_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAmount" ADD CONSTRAINT "PlanAmount_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "PlanLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAmount" ADD CONSTRAINT "PlanAmount_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "PlanColumn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FederationTarget" ADD CONSTRAINT "FederationTarget_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownDiscrepancy" ADD CONSTRAINT "KnownDiscrepancy_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionAssignment" ADD CONSTRAINT "InterventionAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionAssignment" ADD CONSTRAINT "InterventionAssignment_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

