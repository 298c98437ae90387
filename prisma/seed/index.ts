export { seedIfEmpty, DEMO_USERS, DEMO_PASSWORD } from './load-seed.ts';
export type { TSeedOptions } from './load-seed.ts';
/** @deprecated import from '@finsam/passwords'. */
export { hashPassword, verifyPassword } from '@finsam/passwords';
export { seedPapers } from './papers.ts';
export { federation as seedFederation } from './fixtures/federation.ts';
export { interventions as seedInterventions } from './fixtures/interventions.ts';
