import type { TRole } from '@finsam/domain';

/** Where each role lands after login (startsida): the admin on Administration, others on Överblick. */
export function homePathFor(role: TRole): string {
  return role === 'ADMIN' ? '/administration' : '/oversikt';
}
