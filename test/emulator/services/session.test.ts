// Session by authorisation mode: LIMITED (a simple onOpen) knows the locale, not the user.
import {createWorld} from '../world';

describe('Session', () => {
  const world = createWorld({user: 'ana.ruiz@finkargo.com'});
  const S = world.services.Session;
  const run = <T>(mode: 'FULL' | 'LIMITED', fn: () => T) =>
    world.emulator.run(mode, fn);

  it('knows the user in FULL', () => {
    expect(run('FULL', () => S.getActiveUser().getEmail())).toBe(
      'ana.ruiz@finkargo.com',
    );
    expect(run('FULL', () => S.getEffectiveUser().getEmail())).toBe(
      'ana.ruiz@finkargo.com',
    );
    expect(run('FULL', () => S.getTemporaryActiveUserKey())).not.toBe('');
  });

  it('gives LIMITED the locale only (reference/base/session: no e-mail in a simple onOpen/onEdit)', () => {
    expect(run('LIMITED', () => S.getActiveUserLocale())).toBe('es');
    expect(run('LIMITED', () => S.getActiveUser().getEmail())).toBe('');
    expect(run('LIMITED', () => S.getEffectiveUser().getEmail())).toBe('');
    expect(run('LIMITED', () => S.getTemporaryActiveUserKey())).toBe('');
  });
});
