import { performance } from 'node:perf_hooks';
const b = await import('../../packages/booking/dist/index.js');
const TZ='Europe/Berlin';
const cal = { timeZone: TZ, state: 'DE-MV', closedOnPublicHolidays: true, weekly: [1,2,3,4,5,6].map(weekday=>({weekday, opens:'08:00', closes:'20:00'})), exceptions: new Map(), blackouts: [] };
const busy = []; for (let i=0;i<100;i++){ const s = Date.parse('2026-01-05T07:00:00Z') + Math.floor(Math.random()*90)*86400000 + Math.floor(Math.random()*5)*9000000; busy.push({start:s,end:s+7200000+900000,seats:1}); }
for (let round=0; round<8; round++){
  let t=performance.now(); let opens;
  for (let r=0;r<50;r++) opens = b.openIntervals(cal, '2026-01-05', '2026-04-06');
  const t1=performance.now()-t; t=performance.now(); let slots;
  for (let r=0;r<50;r++) slots = b.findFreeSlots({open:opens,busy,kind:'exclusive',capacity:1,seats:1,durationMs:3600000,granularityMs:1800000,bufferBeforeMs:0,bufferAfterMs:900000,from:Date.parse('2026-01-05T06:00:00Z'),to:Date.parse('2026-04-05T00:00:00Z')});
  const t2=performance.now()-t; t=performance.now(); let out=[];
  for (let r=0;r<50;r++) out.push(slots.map(s=>({start:b.formatLocal(s.start,'UTC'), end:b.formatLocal(s.end,'UTC'), startLocal:b.formatLocal(s.start,TZ), endLocal:b.formatLocal(s.end,TZ), seatsLeft:1})));
  const t3=performance.now()-t;
  console.log('open', t1.toFixed(1), 'sweep', t2.toFixed(1), 'format', t3.toFixed(1), slots.length*50);
}
