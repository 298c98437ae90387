-- CreateTable
CREATE TABLE "FederationMetric" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "metric" "TargetMetric" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FederationMetric_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FederationMetric_federationId_period_metric_key" ON "FederationMetric"("federationId", "period", "metric");

-- AddForeignKey
ALTER TABLE "FederationMetric" ADD CONSTRAINT "FederationMetric_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

