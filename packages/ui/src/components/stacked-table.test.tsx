import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StackedRow, StackedTable } from '../index.js';

describe('StackedTable', () => {
  it('is a captioned table with its roles written out, each cell carrying its column’s name for the stacked look', () => {
    const html = renderToStaticMarkup(
      <StackedTable label="Konten" columns={['Name', 'E-Mail-Adresse', 'Aktionen']}>
        <StackedRow
          header="Petra Amt"
          cells={['petra@hagenow.example']}
          actions={<button type="button">Bearbeiten</button>}
        />
      </StackedTable>,
    );
    expect(html).toBe(
      '<div class="city-stacked-table"><table class="city-table" role="table">' +
        '<caption class="city-visually-hidden">Konten</caption>' +
        '<thead role="rowgroup"><tr role="row">' +
        '<th scope="col" role="columnheader">Name</th>' +
        '<th scope="col" role="columnheader">E-Mail-Adresse</th>' +
        '<th scope="col" role="columnheader">Aktionen</th></tr></thead>' +
        '<tbody role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Petra Amt</th>' +
        '<td role="cell"><span class="city-stacked-table__name" aria-hidden="true">E-Mail-Adresse</span>petra@hagenow.example</td>' +
        '<td role="cell"><button type="button">Bearbeiten</button></td></tr></tbody></table></div>',
    );
  });
});
