import {
  ZAnnualBudgetList,
  ZDashboardMunicipalityList,
  ZEconomicPlan,
  ZEconomicPlanList,
  ZInterventionDetail,
  ZInterventionList,
  ZMemberFeeYear,
  ZOutcomeGrid,
} from '@finsam/domain';
import economicPlan2024 from './economic-plan-2024.json';
import economicPlans from './economic-plans.json';
import outcomeGrid2024h1 from './outcome-grid-2024h1.json';
import outcomeGrid2024q3 from './outcome-grid-2024q3.json';

/*
 * The economy pages' API responses as the office gets them from a freshly seeded database
 * (apps/web/scripts/capture-economy-fixtures.mjs), parsed with the domain DTO schemas: the seed
 * papers' outcomes (2024-10 Not 2), adjusted budgets and the 2024-10 economic plan.
 */
export const grid2024H1 = ZOutcomeGrid.parse(outcomeGrid2024h1);
export const grid2024Q3 = ZOutcomeGrid.parse(outcomeGrid2024q3);
export const planList = ZEconomicPlanList.parse(economicPlans);
export const plan2024 = ZEconomicPlan.parse(economicPlan2024);

import memberFees2022 from './member-fees-2022.json';
import memberFees2025 from './member-fees-2025.json';

/** 2022 as decided in the 2021-09 paper; 2025 not decided (populations of 2020-11-01 known). */
export const fees2022 = ZMemberFeeYear.parse(memberFees2022);
export const fees2025 = ZMemberFeeYear.parse(memberFees2025);

import registerListJson from './register-list.json';
import registerMembersJson from './register-members.json';
import regexproBudgetsJson from './regexpro-budgets.json';
import regexproDetailJson from './regexpro-detail.json';

/** The register's responses, from the same seeded database (ids agree with each other). */
export const registerList = ZInterventionList.parse(registerListJson);
export const registerMembers = ZDashboardMunicipalityList.parse(registerMembersJson);
export const regexproDetail = ZInterventionDetail.parse(regexproDetailJson);
export const regexproBudgets = ZAnnualBudgetList.parse(regexproBudgetsJson);
