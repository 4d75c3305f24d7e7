/**
 * @module
 * Node entry: `npm start`. Zero-config: creates a demo region under data/ when absent.
 */
import { leesConfiguratie } from './config/env.js';
import { foutmelding } from './node/bestandsfout.js';
import { startGateway } from './node/gateway.js';
import { startDemoSleutelbewaarder } from './node/sleutelbewaarder-proces.js';
import { startTekst } from './node/start-tekst.js';

try {
  const cfg = leesConfiguratie(process.env);
  const gateway = await startGateway(cfg);
  // Demo: the sleutelbewaarder as its own process and folder (it needs the demo partner keys).
  const herkomst = new URL(cfg.openbareUrl ?? gateway.url).origin;
  const sb = cfg.demo
    ? await startDemoSleutelbewaarder(
        cfg,
        gateway.demoIssuers && { herkomst, issuers: gateway.demoIssuers },
      )
    : undefined;
  console.log(startTekst(gateway.url, cfg, sb?.url));
  const stop = () => {
    sb?.proces.kill('SIGTERM');
    return gateway.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (fout) {
  console.error(`Ketenpoort start niet.\n${foutmelding(fout)}`);
  process.exit(1);
}
