-- CreateTable
CREATE TABLE "ParticipantReport" (
    "id" TEXT NOT NULL,
    "interventionId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ParticipantReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantReport_interventionId_period_key" ON "ParticipantReport"("interventionId", "period");

-- AddForeignKey
ALTER TABLE "ParticipantReport" ADD CONSTRAINT "ParticipantReport_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

