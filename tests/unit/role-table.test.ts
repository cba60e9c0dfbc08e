/**
 * The one table of roles (issue 22): the server's checks, routing, home paths and session lengths derive from it,
 * and what it derives is what the roles were allowed before the table (each list written out here once more).
 */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../src/shared/contract/endpoints';
import {
  DEVICE_ROLES,
  homeOf,
  isPublicRole,
  POINT_DEVICE_ROLES,
  rolesOpening,
  rolesThatMay,
} from '../../src/shared/contract/roles';
import { STEPS } from '../../src/shared/contract/steps';
import { SESSION_IDLE_DAYS } from '../../src/shared/sign-in';

const sorted = (roles: readonly string[]) => [...roles].sort();
const rolesOf = (name: keyof typeof ENDPOINTS) => (ENDPOINTS[name] as Endpoint).roles;

describe('the role table', () => {
  it('gives each endpoint the roles it had before the table', () => {
    expect(sorted(rolesOf('createService') as string[])).toEqual(['admin']);
    expect(sorted(rolesOf('reportSummary') as string[])).toEqual(['admin', 'reports']);
    expect(sorted(rolesOf('callNext') as string[])).toEqual(['admin', 'counter']);
    expect(sorted(rolesOf('ticket') as string[])).toEqual(['admin', 'counter', 'greeter', 'reports']);
    expect(sorted(rolesOf('transfer') as string[])).toEqual(['admin', 'counter', 'greeter']);
    expect(sorted(rolesOf('reprint') as string[])).toEqual(['admin', 'greeter']);
    expect(sorted(rolesOf('rateTicket') as string[])).toEqual(['rating']);
    expect(sorted(rolesOf('procedureGuide') as string[])).toEqual(['admin', 'counter', 'display', 'greeter', 'kiosk']);
    expect(sorted(rolesOf('queue') as string[])).toEqual(sorted(DEVICE_ROLES));
    expect(sorted(STEPS.issue.roles)).toEqual(['admin', 'greeter', 'kiosk']);
    expect(sorted(STEPS.callNext.roles)).toEqual(['admin', 'counter']);
  });

  it('keeps the kiosk from staff, names and notes: a public screen that reads no case nor who is at a point', () => {
    expect(isPublicRole('kiosk')).toBe(true);
    expect(rolesThatMay('readCases')).not.toContain('kiosk');
    expect(rolesOf('pointStaff')).not.toContain('kiosk');
    expect(rolesOf('staff')).not.toContain('kiosk');
  });

  it('routes each device to its own screen, and lets the roles that opened a screen before still open it', () => {
    expect(homeOf({ role: 'counter', servicePointId: 4 })).toBe('/counter/4');
    expect(homeOf({ role: 'kiosk', servicePointId: null })).toBe('/kiosk');
    expect(sorted(rolesOpening('display'))).toEqual(['admin', 'counter', 'display', 'greeter', 'reports']);
    expect(sorted(rolesOpening('greeter'))).toEqual(['admin', 'greeter']);
    expect(sorted(rolesOpening('rating'))).toEqual(['rating']);
    expect(sorted(rolesOpening('kiosk'))).toEqual(['kiosk']);
    expect(sorted(POINT_DEVICE_ROLES)).toEqual(['board', 'counter', 'rating']);
  });

  it('gives the sessions their lengths', () => {
    expect(SESSION_IDLE_DAYS).toEqual({
      admin: 7,
      greeter: 30,
      counter: 30,
      display: 365,
      board: 365,
      reports: 30,
      rating: 365,
      kiosk: 365,
    });
  });
});
