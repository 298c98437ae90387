import type { TSeedPaper } from './fixtures/types.ts';
import { paper2019h2 } from './fixtures/paper-2019-h2.ts';
import { paper202109 } from './fixtures/paper-2021-09.ts';
import { paper2022h1 } from './fixtures/paper-2022-h1.ts';
import { paper202410 } from './fixtures/paper-2024-10.ts';

/** The seed papers, oldest first. */
export const seedPapers: TSeedPaper[] = [paper2019h2, paper202109, paper2022h1, paper202410];
