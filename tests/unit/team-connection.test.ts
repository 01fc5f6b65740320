import { describe, expect, it } from 'vitest';
import { isTeamUrl, parseTeamAddress, teamWindowTitle } from '../../contract/team-connection.ts';
import { TeamOrigins } from '../../main/team-origins.ts';

describe('connecting to a team plan', () => {
  it('goes to the server’s sign-in page, then to the plan list or to the plan whose address was pasted', () => {
    expect(parseTeamAddress('  plans.example.com ')).toEqual({
      ok: true,
      origin: 'https://plans.example.com',
      host: 'plans.example.com',
      startUrl: 'https://plans.example.com/login?next=%2F',
    });
    expect(parseTeamAddress('https://plans.example.com:8443/plans/cx-2027/#/tree')).toMatchObject({
      ok: true,
      origin: 'https://plans.example.com:8443',
      startUrl: `https://plans.example.com:8443/login?next=${encodeURIComponent('/plans/cx-2027/#/tree')}`,
    });
    expect(parseTeamAddress('http://127.0.0.1:4900')).toMatchObject({ ok: true, origin: 'http://127.0.0.1:4900' });
    expect(parseTeamAddress('http://localhost:4900/plans/p1')).toMatchObject({
      ok: true,
      startUrl: `http://localhost:4900/login?next=${encodeURIComponent('/plans/p1/')}`,
    });
  });

  it('refuses what is not a team server’s address, saying why in plain words', () => {
    const refusal = (input: string) => {
      const parsed = parseTeamAddress(input);
      return parsed.ok ? null : parsed.message;
    };
    expect(refusal('')).toMatch(/^Type the address of your team server/);
    expect(refusal('http://plans.example.com')).toBe(
      'plans.example.com must be reached over https:// so your password and plan travel encrypted. Use https://plans.example.com.',
    );
    expect(refusal('ftp://plans.example.com')).toBe('A team server’s address starts with https://.');
    expect(refusal('https://ada:secret@plans.example.com')).toMatch(/^Leave the name and password out/);
    expect(refusal('https://exa mple.com')).toMatch(/is not a web address/);
    expect(refusal(`https://example.com/${'x'.repeat(3000)}`)).toMatch(/too long/);
  });

  it('keeps a team window on its own server, and names where the plan lives in its title', () => {
    expect(isTeamUrl('https://plans.example.com/plans/p1/#/tree', 'https://plans.example.com')).toBe(true);
    expect(isTeamUrl('https://evil.example.com/', 'https://plans.example.com')).toBe(false);
    expect(isTeamUrl('http://plans.example.com/', 'https://plans.example.com')).toBe(false);
    expect(isTeamUrl('not a url', 'https://plans.example.com')).toBe(false);
    expect(teamWindowTitle('Customer Experience Plan 2027', 'plans.example.com')).toBe(
      'Customer Experience Plan 2027 — team plan on plans.example.com',
    );
    expect(teamWindowTitle(' ', 'plans.example.com')).toBe('Team plan on plans.example.com');
  });
});

describe('team windows in the desktop app', () => {
  it('navigate only on their own server, and their session loads only from servers of open windows', () => {
    const origins = new TeamOrigins();
    origins.add(7, 'https://plans.example.com');
    expect(origins.allowsNavigation(7, 'https://plans.example.com/plans/p1/')).toBe(true);
    expect(origins.allowsNavigation(7, 'https://elsewhere.example.com/')).toBe(false);
    // The app's own window (no team server) is never let out by this.
    expect(origins.allowsNavigation(1, 'https://plans.example.com/')).toBe(false);
    expect(origins.allowsRequest('https://plans.example.com/plans/p1/api/getPlan')).toBe(true);
    expect(origins.allowsRequest('https://cdn.example.com/x.js')).toBe(false);
    expect(origins.allowsRequest('not a url')).toBe(false);
    origins.remove(7);
    expect(origins.allowsRequest('https://plans.example.com/')).toBe(false);
    expect(origins.allowsNavigation(7, 'https://plans.example.com/')).toBe(false);
  });
});
