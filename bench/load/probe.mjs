// Loaded into each measured server process (`node --import …/probe.mjs server.js`, started with
// an IPC channel): answers 'usage' with the process's own CPU time and resident memory, so the
// benchmark counts the server's work only, not the load generator's nor the proxy's.
process.on('message', (message) => {
  if (message !== 'usage') return;
  const { user, system } = process.cpuUsage();
  process.send({ usage: { cpuMicros: user + system, rssBytes: process.memoryUsage.rss() } });
});
