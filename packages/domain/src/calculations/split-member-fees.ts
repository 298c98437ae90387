import { roundHalfUp } from './round-half-up.ts';

/** Input of `splitMemberFees`. */
export interface TMemberFeeSplitInput {
  /** Total medlemsavgift for the year, whole kronor (2 × the state's allocation). */
  totalKronor: number;
  /** The state's members; the first pays the whole state half on behalf of all (FK for FK + AF). */
  stateKeys: readonly string[];
  regionKey: string;
  /** Municipalities with their population on 1 November (of the year before, or the latest known). */
  municipalities: readonly { key: string; population: number }[];
}

/** Which of the three parts of the förbund a member belongs to. */
export type TMemberFeeGroup = 'STATE' | 'REGION' | 'MUNICIPALITY';

/** One member's fee. */
export interface TMemberFeeLine {
  key: string;
  group: TMemberFeeGroup;
  /** The exact (unrounded) share, for transparency. */
  exactKronor: number;
  /** Rounded half up to whole kronor, on its own. */
  amountKronor: number;
  /** For the state line: every state member it pays for (FK and AF); otherwise just `key`. */
  coversKeys: readonly string[];
}

/** Result of `splitMemberFees`. */
export interface TMemberFeeSplit {
  totalKronor: number;
  /** In order: state, region, then municipalities in input order. */
  lines: TMemberFeeLine[];
  /** The nominal municipal quarter as printed ("Kommunerna i Uppsala län 5 692 500"). */
  municipalitiesNominalKronor: number;
  /** Σ of the rounded municipal amounts. */
  municipalitiesSumKronor: number;
  /** municipalitiesSumKronor − municipalitiesNominalKronor (2022: +1). Shown, never hidden. */
  municipalRoundingDifferenceKronor: number;
  /** Σ of all rounded lines. */
  sumKronor: number;
  /** sumKronor − totalKronor. */
  roundingDifferenceKronor: number;
}

/**
 * Medlemsavgifter (memberFee) split by the FINSAM model: the state 50 % (paid through
 * Försäkringskassan, covering Arbetsförmedlingen too), the region 25 %, the municipalities 25 %
 * shared by population. Each member's amount is rounded half up to whole kronor ON ITS OWN, as
 * the paper does; the parts may then not add up to the total, and the difference is returned
 * (2022: the municipal amounts sum to 5 692 501 against the nominal 5 692 500). There is no
 * largest-remainder correction: that would change a printed amount.
 *
 * @throws RangeError when `stateKeys` is empty, a population is negative or all are 0.
 */
export function splitMemberFees(input: TMemberFeeSplitInput): TMemberFeeSplit {
  const [payerKey] = input.stateKeys;
  if (payerKey === undefined)
    throw new RangeError('Ange minst en statlig medlem (Försäkringskassan).');
  if (input.municipalities.some((m) => m.population < 0))
    throw new RangeError('Folkmängden kan inte vara negativ.');
  const population = input.municipalities.reduce((sum, m) => sum + m.population, 0);
  if (population <= 0)
    throw new RangeError('Kommunernas folkmängd saknas: avgiften kan inte fördelas.');

  const { totalKronor } = input;
  const line = (
    key: string,
    group: TMemberFeeGroup,
    exactKronor: number,
    coversKeys: readonly string[] = [key],
  ) => ({
    key,
    group,
    exactKronor,
    amountKronor: roundHalfUp(exactKronor),
    coversKeys,
  });
  // total × population ÷ (4 × Σ population) keeps the products exact integers before the one division.
  const municipalLines = input.municipalities.map((m) =>
    line(m.key, 'MUNICIPALITY', (totalKronor * m.population) / (4 * population)),
  );
  const lines: TMemberFeeLine[] = [
    line(payerKey, 'STATE', totalKronor / 2, [...input.stateKeys]),
    line(input.regionKey, 'REGION', totalKronor / 4),
    ...municipalLines,
  ];

  const municipalitiesNominalKronor = roundHalfUp(totalKronor / 4);
  const municipalitiesSumKronor = municipalLines.reduce((sum, l) => sum + l.amountKronor, 0);
  const sumKronor = lines.reduce((sum, l) => sum + l.amountKronor, 0);
  return {
    totalKronor,
    lines,
    municipalitiesNominalKronor,
    municipalitiesSumKronor,
    municipalRoundingDifferenceKronor: municipalitiesSumKronor - municipalitiesNominalKronor,
    sumKronor,
    roundingDifferenceKronor: sumKronor - totalKronor,
  };
}
