-- AlterTable
ALTER TABLE "Deviation" ADD COLUMN     "appliedEffect" JSONB;

-- CreateIndex
CREATE INDEX "AuditEntry_federationId_entity_at_idx" ON "AuditEntry"("federationId", "entity", "at");

