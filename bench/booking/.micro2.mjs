import { performance } from 'node:perf_hooks';
const b = await import('../../packages/booking/dist/index.js');
const base = Date.parse('2026-01-05T06:00:00Z');
for (let round=0; round<5; round++){
  let t=performance.now(); let x=0;
  for (let i=0;i<270000;i++){ x += b.formatLocal(base + (i%3000)*1800000, 'Europe/Berlin').length; }
  const a=performance.now()-t; t=performance.now();
  for (let i=0;i<270000;i++){ x += b.offsetAt(base + (i%3000)*1800000, 'Europe/Berlin'); }
  const o=performance.now()-t; t=performance.now();
  for (let i=0;i<270000;i++){ x += new Date(base + (i%3000)*1800000).toISOString().length; }
  console.log('formatLocal', a.toFixed(1), 'offsetAt', o.toFixed(1), 'toISOString', (performance.now()-t).toFixed(1));
}
