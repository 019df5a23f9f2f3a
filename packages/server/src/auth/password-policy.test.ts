import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, weakPasswordReason } from './password-policy.js';

const TOWN = { townWords: ['Hagenow', 'hagenow', 'HageNOW!'], email: 'k.mueller@hagenow.de' };

describe('weakPasswordReason', () => {
  it('refuses short, common and guessable passwords', async () => {
    expect(await weakPasswordReason('kurz', TOWN)).toBe('short');
    for (const common of ['passwort12345', 'qwertzuiop123', '123456789012', 'Fussball1234'])
      expect(await weakPasswordReason(common, TOWN), common).toBe('common');
  });

  it("refuses the town's and the app's name in any spelling, and the e-mail's name", async () => {
    for (const password of ['Hagenow2024!!', 'ich-liebe-HAGE-NOW', 'hägenöw-ist-schön'])
      expect(await weakPasswordReason(password, TOWN), password).toBe('town');
    expect(await weakPasswordReason('mueller-sagt-hallo', TOWN)).toBe('email');
  });

  it('accepts long passphrases', async () => {
    for (const good of ['Kompass Wiese Tinte 42', 'x7#Kp2!qLm9zR', 'Laterne-Birke-Zwiebel-7'])
      expect(await weakPasswordReason(good, TOWN), good).toBeNull();
  });

  it('folds accents, case and punctuation away', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const folded = fold(text);
        return fold(folded) === folded && !/[\s\p{P}A-Z]/u.test(folded);
      }),
    );
    expect(fold('HageNOW!')).toBe('hagenow');
    expect(fold('Grüße aus Hägenow')).toBe('grußeaushagenow');
  });
});
