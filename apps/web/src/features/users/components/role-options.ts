import { ZRole } from '@finsam/domain';
import { ROLE_LABEL } from '../../../lib/labels.ts';

/** The roles in the order the admin picks from, with their Swedish names. */
export const ROLE_OPTIONS = ZRole.options.map((role) => ({ value: role, label: ROLE_LABEL[role] }));
