import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WideTable } from '../index.js';

describe('WideTable', () => {
  it('puts the table in a named region the keyboard can reach, and names the table the same', () => {
    const html = renderToStaticMarkup(
      <WideTable label="Termine">
        <tbody>
          <tr>
            <td>Samstag</td>
          </tr>
        </tbody>
      </WideTable>,
    );
    expect(html).toBe(
      '<div class="city-wide-table" role="region" aria-label="Termine" tabindex="0">' +
        '<table class="city-table"><caption class="city-visually-hidden">Termine</caption>' +
        '<tbody><tr><td>Samstag</td></tr></tbody></table></div>',
    );
  });
});
