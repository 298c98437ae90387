import type { TestProject } from 'vitest/node';
import { prepareTestTemplate } from './test-database.ts';

import './provided-context.ts';

/** Vitest globalSetup for *.integration.test.ts: one migrated, seeded template per run. */
export default async function setup(project: TestProject) {
  const template = await prepareTestTemplate();
  project.provide('dbTemplate', template);
}
