-- CreateTable
CREATE TABLE "PmText" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "PmText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PmPublication" (
    "id" TEXT NOT NULL,
    "federationId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedBy" TEXT NOT NULL,
    "document" JSONB NOT NULL,

    CONSTRAINT "PmPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PmText_federationId_period_key" ON "PmText"("federationId", "period");

-- CreateIndex
CREATE INDEX "PmPublication_federationId_publishedAt_idx" ON "PmPublication"("federationId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PmPublication_federationId_period_version_key" ON "PmPublication"("federationId", "period", "version");

-- AddForeignKey
ALTER TABLE "PmText" ADD CONSTRAINT "PmText_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PmPublication" ADD CONSTRAINT "PmPublication_federationId_fkey" FOREIGN KEY ("federationId") REFERENCES "Federation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

